from contextlib import contextmanager

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback {e}")
    else:
        log.append("commit")

log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise ValueError("bad row")
print(log)
with transaction(log):
    raise TypeError("not handled")
