from contextlib import contextmanager
@contextmanager
def stubborn():
    try:
        yield 1
    except ValueError:
        yield 2
with stubborn():
    raise ValueError("x")
