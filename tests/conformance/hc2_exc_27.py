# contextmanager that handles exceptions
from contextlib import contextmanager
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except Exception as e:
        log.append(f"rollback:{e}")
    else:
        log.append("commit")
log = []
with transaction(log):
    log.append("work")
with transaction(log):
    raise RuntimeError("boom")
print(log)
@contextmanager
def broken():
    yield
    yield
with broken():
    pass
