# moat's json module: dumps and loads (no dump/load: moat has no files).
from typing import Any

class JSONDecodeError(ValueError):
    msg: str
    doc: str
    pos: int
    lineno: int
    colno: int

def dumps(obj: Any, *, skipkeys: Any = ..., ensure_ascii: Any = ..., check_circular: Any = ..., allow_nan: Any = ..., cls: Any = ..., indent: Any = ..., separators: Any = ..., default: Any = ..., sort_keys: Any = ..., **kwds: Any) -> str: ...
def loads(s: str | bytes, *, cls: Any = ..., object_hook: Any = ..., parse_float: Any = ..., parse_int: Any = ..., parse_constant: Any = ..., object_pairs_hook: Any = ..., **kwds: Any) -> Any: ...
