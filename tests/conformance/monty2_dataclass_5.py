# frozen=True: immutable and hashable
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
s = {c, Coord(1.5, 2.5), Coord(0.0, 0.0)}
assert len(s) == 2
d = {c: "home"}
assert d[Coord(1.5, 2.5)] == "home"
try:
    c.lat = 3.0
except FrozenInstanceError as e:
    print(type(e).__name__, e)
assert isinstance(FrozenInstanceError(), AttributeError)
print(c)
try:
    del c.lon
except Exception as e:
    print(type(e).__name__ + ":", e)
