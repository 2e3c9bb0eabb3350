from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()}={self.value}"

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED in Color, 2 in Color, 7 in Color)
print(Color.BLUE.describe(), Color.default(), type(Color.RED).__name__, isinstance(Color.RED, Color))
print([c.name for c in Color], list(Color.__members__), Color.RED == Color.RED, Color.RED == 1)
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value)[-1], repr(Color))
print(f"{Color.RED}", str(Color.GREEN), Color.RED != Color.GREEN)
try:
    Color(9)
except ValueError as e:
    print(e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError", e)

class Priority(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

print(Priority.HIGH > Priority.LOW, Priority.MID == 2, Priority.LOW + 1, sorted([Priority.HIGH, Priority.LOW]))
print(str(Priority.MID), repr(Priority.MID), Priority(3), max(Priority))

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, Mode.WRITE == "w", repr(Mode.READ), Mode("w"))

class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MARS.radius, Planet.EARTH.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print(e)
