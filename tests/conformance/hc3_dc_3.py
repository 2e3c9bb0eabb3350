from dataclasses import dataclass
@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
    def moved(self, dlat, dlon):
        return Coord(self.lat + dlat, self.lon + dlon)
p = Coord(1.0, 2.0)
q = p.moved(0.5, -1)
print(p, q, {p: "home"}[Coord(1.0, 2.0)], hash(p) == hash(Coord(1.0, 2.0)))
p.lat = 5
