# typing objects as dict keys and set members
from typing import List, Dict, Optional, Union, Literal, Callable, TypeVar, Any
T = TypeVar("T")
registry = {List[int]: "ints", Dict[str, Any]: "json", Optional[str]: "maybe", Literal["a", "b"]: "ab", T: "T"}
print(registry[List[int]], registry[Dict[str, Any]], registry[Union[None, str]], registry[Literal["b", "a"]], registry[T])
print(len({List[int], List[int], Optional[int], Union[int, None], Callable[[int], str], Callable[[int], str]}))
print(List[int] in registry, List[str] in registry, Any in {Any}, hash(Any) == hash(Any))
print(sorted(str(k) for k in registry))
