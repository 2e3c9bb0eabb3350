from typing import TypedDict, get_type_hints
class Base(TypedDict):
    id: int
class User(Base):
    name: str
def f(x: int, y: "str" = "") -> list[int]:
    return [x]
print(get_type_hints(User), get_type_hints(f))
