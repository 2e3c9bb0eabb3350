# contextmanager generator that does not yield
from contextlib import contextmanager

@contextmanager
def broken():
    if False:
        yield
    return

print("start")
with broken():
try:
        print("never")
except Exception as e:
    print(type(e).__name__ + ":", e)
