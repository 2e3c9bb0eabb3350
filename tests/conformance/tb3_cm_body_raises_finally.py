from contextlib import contextmanager
@contextmanager
def tx():
    print("begin")
    try:
        yield
    finally:
        print("cleanup")
with tx():
    1 / 0
