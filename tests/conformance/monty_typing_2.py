# === typing objects ===
from typing import Optional, Union, List
import typing
print(Optional[int])
print(Union[int, str])
print(List[int], list[int], dict[str, int])
print(int | None)
print(typing.get_args(Union[int, str]), typing.get_origin(List[int]))
print(Optional[int] == Union[int, None])
assert isinstance(3, int | str), 'isinstance union'
isinstance([], List[int])
