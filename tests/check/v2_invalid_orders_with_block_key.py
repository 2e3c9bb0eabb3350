# stubs: orders.pyi
from contextlib import contextmanager


@contextmanager
def report(title):
    print("--", title)
    yield
    print("-- end")


with report("stock"):
    for p in search_products("chair"):
        print(p["name"], p["stock"])  # error: unknown-key
