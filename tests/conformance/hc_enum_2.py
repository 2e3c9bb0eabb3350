from enum import Enum, Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X), rw.value)
class Status(str, Enum):
    OK = "ok"
    ERR = "err"
print(Status.OK == "ok", Status("err"), Status.OK.value, f"{Status.OK.value}")
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2
print(round(Planet.EARTH.gravity, 2), Planet.EARTH.mass)
