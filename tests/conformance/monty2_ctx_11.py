# contextmanager generator that yields twice
from contextlib import contextmanager

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice() as v:
        print("got", v)
except Exception as e:
    print(type(e).__name__ + ":", e)
