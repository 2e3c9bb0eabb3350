# TypedDict and Protocol at runtime
from typing import TypedDict, Protocol, NotRequired
class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie(title="X", year=1))
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
isinstance(En(), Greeter)
