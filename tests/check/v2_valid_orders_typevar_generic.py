# stubs: orders.pyi
from typing import Callable, TypeVar

T = TypeVar("T")


def retry(fn: Callable[[], T], times: int = 3) -> T:
    last: Exception | None = None
    for _ in range(times):
        try:
            return fn()
        except Exception as e:
            last = e
    raise RuntimeError(f"gave up: {last}")


orders = retry(lambda: list_orders("paid"))
print(len(orders))
