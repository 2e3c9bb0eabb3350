# === exception in else and finally ordering ===
log = []
try:
    try:
        log.append('try')
    except Exception:
        log.append('except')
    else:
        log.append('else')
        raise ValueError('from else')
    finally:
        log.append('finally')
except ValueError as e:
    log.append(f'outer {e}')
assert log == ['try', 'else', 'finally', 'outer from else'], log
try:
    pass
finally:
    log.append('bare finally')
log
