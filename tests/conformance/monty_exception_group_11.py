# === split keeps the original traceback ===
def fail_all():
    errors = []
    for v in ['1', 'x', '3', 'y']:
        try:
            int(v)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup('parse errors', errors)
try:
    fail_all()
except ExceptionGroup as eg:
    first, rest = eg.split(lambda e: 'x' in str(e))
    print(len(first.exceptions), len(rest.exceptions))
    raise first
