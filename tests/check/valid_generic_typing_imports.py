# stubs: crm.pyi
from typing import Any, Optional, cast

def pick(d: dict[str, Any], key: str) -> Optional[Any]:
    return d.get(key)

value = cast(int, pick({"a": 1}, "a"))
print(value)
