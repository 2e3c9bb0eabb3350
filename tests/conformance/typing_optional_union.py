# Optional and Union: flattened, deduplicated, order-free equality
from typing import Optional, Union, List, Any
print(Optional[int], Optional[str], Optional[None], Optional[Optional[int]], Optional[List[int]])
print(Union[int, str], Union[int, str, int], Union[int, None], Union[None, int], Union[int], Union[None])
print(Union[int, Union[str, float]], Optional[Union[int, str]], Union[int, Any], Union[1, 1.0], Union[int, 3])
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], Optional[int] == int)
print(Union[int, str] == Union[int, str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Optional[int].__args__, Union[int, str].__args__, Union[int, str].__parameters__)
print(Union[int, str].__origin__ is Union, Union)
for bad in [lambda: Optional[int, str], lambda: Union[()], lambda: Union[int, ()], lambda: Union[int, (str,)]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
Union[int, str]()
