# contextmanager that raises before yielding
from contextlib import contextmanager
@contextmanager
def guard(ok):
    if not ok:
        raise PermissionError("not allowed")
    yield "granted"
with guard(True) as g:
    print(g)
with guard(False) as g:
    print("never")
