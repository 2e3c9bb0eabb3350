from contextlib import contextmanager
@contextmanager
def tx():
    yield
    raise RuntimeError("commit failed")
with tx():
    pass
