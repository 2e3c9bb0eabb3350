from typing import TypedDict, Required, NotRequired
class Base(TypedDict):
    id: int
class User(Base, total=False):
    name: str
    email: Required[str]
u: User = {"id": 1, "email": "a@b"}
print(u, User.__required_keys__ == {"id", "email"}, User.__optional_keys__ == {"name"}, User.__total__)
print(sorted(User.__annotations__), isinstance(u, dict))
try:
    isinstance(u, User)
except TypeError as e:
    print(e)
