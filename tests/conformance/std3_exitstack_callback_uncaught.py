# a callback that raises while the stack unwinds: contextlib's frames, then the callback's
from contextlib import ExitStack


def close():
    raise RuntimeError("close failed")


with ExitStack() as stack:
    stack.callback(close)
    print("body")
