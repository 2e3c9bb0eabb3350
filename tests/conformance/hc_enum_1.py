from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, Color.RED == 1, Color.RED is Color(1))
class Pri(IntEnum):
    LOW = auto()
    HIGH = auto()
print(Pri.LOW, Pri.HIGH + 1, Pri.LOW < Pri.HIGH, sorted([Pri.HIGH, Pri.LOW]), int(Pri.HIGH))
print({c.name: c.value for c in Color})
Color(7)
