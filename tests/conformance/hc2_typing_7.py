# TypedDict classes record which keys are required
from typing import TypedDict, NotRequired, Required
class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]
class Partial(TypedDict, total=False):
    a: int
    b: Required[str]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(sorted(Partial.__required_keys__), sorted(Partial.__optional_keys__), Partial.__total__)
m: Movie = {"title": "Up", "year": 2009}
missing = [k for k in Movie.__required_keys__ if k not in m]
missing
