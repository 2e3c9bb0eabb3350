from contextlib import contextmanager
@contextmanager
def broken():
    yield 1
    yield 2
with broken() as v:
    print(v)
