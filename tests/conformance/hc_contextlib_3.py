from contextlib import suppress, nullcontext, contextmanager
with suppress(KeyError, IndexError):
    [][1]
print("suppressed index")
with nullcontext("value") as v:
    print(v)
@contextmanager
def collect():
    items = []
    yield items
    print("collected", items)
with collect() as bucket:
    bucket.extend([1, 2])
@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    with converting():
        1 / 0
except ValueError as e:
    print(e, "<-", repr(e.__cause__))
with suppress(ValueError):
    with converting():
        1 / 0
print("all done")
