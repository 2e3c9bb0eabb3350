from contextlib import contextmanager, suppress

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    with tag("p"):
        print("text", t)
with suppress(KeyError, IndexError):
    [][0]
print("after suppress")
with tag("x"):
    raise RuntimeError("inside tag")
