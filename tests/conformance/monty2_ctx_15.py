# generator-based cm sees exception and re-raises a different one
from contextlib import contextmanager

class DbError(Exception):
    pass

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except KeyError as e:
        log.append("rollback")
        raise DbError(f"failed: {e}") from e
    else:
        log.append("commit")

log = []
with transaction(log):
    pass
try:
    with transaction(log):
        {}["id"]
except DbError as e:
    assert isinstance(e.__cause__, KeyError)
    log.append(str(e))
assert log == ["begin", "commit", "begin", "rollback", "failed: 'id'"]
print(log)
with transaction(log):
try:
        {}["uid"]
except Exception as e:
    print(type(e).__name__ + ":", e)
