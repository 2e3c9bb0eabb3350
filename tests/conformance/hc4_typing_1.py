from typing import TypedDict, NotRequired

class Movie(TypedDict):
    title: str
    year: int
    rating: NotRequired[float]

m: Movie = {"title": "Heat", "year": 1995}
m2 = Movie(title="Alien", year=1979, rating=8.5)
print(m, m2, type(m2).__name__, m2["rating"])
def describe(movie: Movie) -> str:
    rating = movie.get("rating", "n/a")
    return f"{movie['title']} ({movie['year']}) {rating}"
print(describe(m), describe(m2))
print(Movie.__required_keys__ == frozenset({"title", "year"}), sorted(Movie.__annotations__))
m["director"]
