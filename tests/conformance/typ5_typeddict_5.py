# is_typeddict, a TypedDict's keys through three generations, total given as a keyword only
from typing import TypedDict, NotRequired, Required, is_typeddict
class A(TypedDict, total=False):
    a: int
class B(A):
    b: str
    a2: NotRequired[int]
class C(B, total=False):
    c: Required[float]
    d: bytes
print(is_typeddict(A), is_typeddict(C), is_typeddict(dict), is_typeddict(C(c=1.0)))
for cls in (A, B, C):
    print(cls.__name__, sorted(cls.__required_keys__), sorted(cls.__optional_keys__), cls.__total__)
print(list(C.__annotations__), C(a=1, b="x"))
