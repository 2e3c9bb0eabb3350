from contextlib import contextmanager
@contextmanager
def opened(name):
    print("open", name)
    yield name
    print("close", name)
with opened("a") as f:
    raise RuntimeError("inside with")
