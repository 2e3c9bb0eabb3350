from contextlib import contextmanager
@contextmanager
def managed():
    print("setup")
    yield
    print("teardown")
with managed():
    raise RuntimeError("in body")
