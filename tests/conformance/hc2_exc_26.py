# contextlib tools
from contextlib import contextmanager, suppress, ExitStack
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("a") as t, tag("b"):
    print("body", t)
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("after suppress")
with ExitStack() as stack:
    for n in "xy":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
with tag("err"):
    raise ValueError("inside with")
