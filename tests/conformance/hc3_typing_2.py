from typing import TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Final
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
class Pt(NamedTuple):
    x: int
    y: int = 0
class Movie(TypedDict):
    title: str
    year: int
MAX: Final = 10
def mode(m: Literal["r", "w"]) -> str:
    return m
b = Box[int](5)
print(b.get(), Pt(1), Pt(1, 2)._asdict(), Movie(title="x", year=1999), mode("r"), MAX)
class Greeter(Protocol):
    def greet(self) -> str: ...
class En:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(En()))
