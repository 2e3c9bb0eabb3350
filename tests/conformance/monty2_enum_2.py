# enum comparisons: identity, equality, no ordering
from enum import Enum

class Level(Enum):
    LOW = 1
    HIGH = 2

assert Level.LOW == Level.LOW
assert Level.LOW != Level.HIGH
assert Level.LOW != 1
assert Level.LOW is Level(1)
assert sorted(Level, key=lambda l: l.value, reverse=True) == [Level.HIGH, Level.LOW]
d = {Level.LOW: "l"}
assert d[Level(1)] == "l"
print(Level.LOW == 1, Level.HIGH.value > Level.LOW.value)
Level.LOW < Level.HIGH
