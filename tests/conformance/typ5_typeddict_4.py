# TypedDict classes refuse instance checks
from typing import TypedDict
class Movie(TypedDict):
    title: str
m = Movie(title="x")
print(type(m) is dict, Movie.__bases__ if False else "")
try:
    issubclass(dict, Movie)
except TypeError as e:
    print(e)
isinstance(m, Movie)
