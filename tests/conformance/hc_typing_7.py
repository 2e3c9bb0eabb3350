from typing import TypedDict, NamedTuple, Protocol, runtime_checkable
class Options(TypedDict, total=False):
    verbose: bool
    level: int
opts: Options = {"level": 2}
print(opts, opts.get("verbose", False))
class Point(NamedTuple):
    x: float
    y: float = 0.0
    def dist(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.dist(), p._fields, p._replace(y=0), Point._make([1, 2]), p._asdict())
x, y = p
print(x, y, p[0], len(p), p == (3, 4))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self) -> None:
        pass
print(isinstance(F(), Closer), isinstance(5, Closer))
p.x = 10
