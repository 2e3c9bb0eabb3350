from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
    with tag("span"):
        print("inner")
try:
    with tag("p"):
        raise ValueError("oops")
except ValueError as e:
    print("caught", e)
