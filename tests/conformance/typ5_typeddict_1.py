# TypedDict keys: required, optional, total
from typing import TypedDict, NotRequired, Required
class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]
class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
class Sequel(Movie, total=False):
    prequel: str
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
print(sorted(Sequel.__required_keys__), sorted(Sequel.__optional_keys__), Sequel.__total__)
print(type(Movie.__required_keys__).__name__, list(Movie.__annotations__), list(Sequel.__annotations__))
m = Movie(title="Up", year=2009)
print(m, type(m).__name__)
