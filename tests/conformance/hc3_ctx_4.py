from contextlib import contextmanager
@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError as e:
        print("swallowed:", e)
with swallow():
    1 / 0
print("continues")
@contextmanager
def bad():
    yield 1
    yield 2
with bad() as x:
    print(x)
