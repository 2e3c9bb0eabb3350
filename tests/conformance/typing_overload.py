# @overload: the implementation that follows replaces the overloads; calling an overload fails
from typing import overload, Union

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x: Union[int, str]) -> Union[int, str]:
    return x * 2

print(double(4), double("ab"))

@overload
def lonely(x: int) -> int: ...

try:
    lonely(1)
except NotImplementedError as e:
    print("NotImplementedError:", e)
double(21)
