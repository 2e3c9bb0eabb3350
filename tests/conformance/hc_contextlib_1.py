from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("inside", t)
with suppress(KeyError):
    {}["x"]
print("after suppress")
try:
    with tag("i"):
        raise ValueError("inside ctx")
except ValueError as e:
    print("caught", e)
