from contextlib import contextmanager
@contextmanager
def bad():
    if False:
        yield
with bad():
    pass
