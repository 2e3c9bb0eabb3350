# exception propagating through a @contextmanager
from contextlib import contextmanager
@contextmanager
def opened(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)
def work():
    with opened("f") as f:
        raise ValueError(f"failed on {f}")
work()
