# enum with tuple values and custom __init__
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density_ratio(self):
        return self.mass / self.radius ** 3

assert Planet.EARTH.value == (5.976e24, 6.37814e6)
assert Planet.EARTH.mass == 5.976e24
assert Planet.EARTH.density_ratio > Planet.MERCURY.density_ratio
assert Planet((3.303e23, 2.4397e6)) is Planet.MERCURY
print(Planet.MERCURY.radius, Planet.EARTH.name)
