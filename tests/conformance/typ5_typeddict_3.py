# __annotations__ of plain classes: their own, evaluated when read
from typing import TypedDict
class A:
    x: int
    y: "str"
    z: list[int] = []
class B(A):
    w: float
class C:
    pass
print(A.__annotations__, B.__annotations__, C.__annotations__)
print(A.__annotations__ is A.__annotations__)
class TD(TypedDict):
    a: int
print(TD(a=1), TD.__total__, isinstance(TD(a=2), dict))
class Late:
    q: Missing
Late.__annotations__
