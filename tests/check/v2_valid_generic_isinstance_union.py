# stubs: warehouse.pyi
from typing import Union


def normalize(value: Union[int, str, None]) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value)
    return value * 2


print([normalize(v) for v in [3, "four", None]])
