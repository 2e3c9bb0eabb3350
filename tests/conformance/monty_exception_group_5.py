# === exception group raised while handling another error ===
def run(tasks):
    failures = []
    for name, fn in tasks:
        try:
            fn()
        except Exception as e:
            failures.append(e)
    if failures:
        raise ExceptionGroup(f'{len(failures)} tasks failed', failures)
try:
    {}['config']
except KeyError:
    run([('div', lambda: 1 / 0), ('ok', lambda: None), ('idx', lambda: [][1])])
