# X | Y between classes: unions usable in isinstance
from typing import Optional, Union, get_args, get_origin
print(int | None, int | str, None | int, list[int] | None, int | str | None, (int | str) == (str | int))
print((int | None) == Optional[int], get_args(int | str), get_origin(int | str) is Union, (int | None).__args__)
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(int | int, int | Optional[int])
int | "str"
