from typing import TypedDict, Annotated, Required, NotRequired
class Movie(TypedDict, total=False):
    title: Annotated[Required[str], "the title"]
    year: Annotated[int, "year"]
    rating: NotRequired[Annotated[float, "0-10"]]
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(Movie.__annotations__)
m = Movie(title="x")
print(m)
class Point(TypedDict):
    x: Annotated[int, "px"]
    y: Annotated[NotRequired[int], "px"]
print(sorted(Point.__required_keys__), sorted(Point.__optional_keys__))
