# stubs: orders.pyi
from contextlib import contextmanager


@contextmanager
def section(title):
    print(f"== {title} ==")
    yield title
    print(f"== end {title} ==")


with section("cancelled") as name:
    cancelled = list_orders("cancelled", limit=5)
    for o in cancelled:
        print(name, o["id"], o["created_at"])
