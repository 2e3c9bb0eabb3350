# contextmanager that suppresses by catching around yield
from contextlib import contextmanager

@contextmanager
def ignoring(*excs):
    try:
        yield
    except excs as e:
        print("ignored", type(e).__name__, e)

with ignoring(ZeroDivisionError):
    1 / 0
with ignoring(KeyError, IndexError):
    [1][3]
print("still running")
with ignoring(KeyError):
    raise ValueError("not ignored")
