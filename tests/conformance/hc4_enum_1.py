from enum import Enum, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print([c.name for c in Color], len(Color), Color.RED in Color)
print(Color.RED is Color(1), Color.RED == 1, Color.BLUE.value)
class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()
print(list(Status), Status.INACTIVE.value)
Color(7)
