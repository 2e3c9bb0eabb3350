# === try/except/else/finally ordering ===
log = []
def run(fail):
    try:
        log.append('try')
        if fail:
            raise ValueError('boom')
    except ValueError as e:
        log.append(f'except {e}')
        return 'from except'
    else:
        log.append('else')
        return 'from else'
    finally:
        log.append('finally')
assert run(False) == 'from else', 'no fail'
assert run(True) == 'from except', 'fail'
assert log == ['try', 'else', 'finally', 'try', 'except boom', 'finally'], log
def override():
    try:
        return 1
    finally:
        return 2
assert override() == 2, 'finally return wins'
def swallow():
    for _ in range(1):
        try:
            raise KeyError('k')
        finally:
            break
    return 'swallowed'
swallow()
