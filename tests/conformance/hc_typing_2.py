from typing import TypedDict, NamedTuple, Literal
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, m["year"])
class Emp(NamedTuple):
    name: str
    salary: float = 0.0
e = Emp("ann")
print(e, e.salary, e._replace(salary=5.0), tuple(e))
Mode = Literal["r", "w"]
def open_mode(m: Mode) -> str:
    return m
open_mode("r")
