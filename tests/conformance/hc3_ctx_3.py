from contextlib import contextmanager
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except Exception as e:
        log.append(f"rollback: {e}")
        raise
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(log)
with transaction(log):
    1 / 0
