from dataclasses import dataclass
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
points = {Coord(1.5, 2.0), Coord(1.5, 2.0), Coord(0.0, -1.25)}
sorted(points, key=lambda c: c.lat)
