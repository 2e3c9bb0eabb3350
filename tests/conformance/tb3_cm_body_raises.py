from contextlib import contextmanager
@contextmanager
def tx():
    print("begin")
    yield
    print("commit")
with tx():
    raise KeyError("in body")
