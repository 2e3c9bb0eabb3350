from enum import Enum, IntEnum

class Level(Enum):
    LOW = (1, "green")
    HIGH = (5, "red")
    def __new__(cls, rank, color):
        member = object.__new__(cls)
        member._value_ = rank
        member.color = color
        return member
    def __init__(self, rank, color):
        self.describe = f"{self.name.lower()}:{color}"

print(Level(5), Level.LOW.color, Level.HIGH.describe, [m.value for m in Level], Level.LOW.name)
print(Level(1) is Level.LOW, Level.__members__["HIGH"].color, len(Level.__members__))

class Keep(Enum):
    A = (1, 2)
    def __new__(cls, x, y):
        return object.__new__(cls)
print(Keep.A.value, Keep((1, 2)))

class Color(str, Enum):
    RED = ("red", "#f00")
    BLUE = ("blue", "#00f")
    def __new__(cls, value, hexcode):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.hexcode = hexcode
        return obj
print(Color("blue"), Color.RED.hexcode, Color.RED == "red", Color.BLUE.upper(), sorted(Color)[0].name)

class Prio(IntEnum):
    LOW = 1
    HIGH = 9
    @property
    def urgent(self):
        return self >= 5
print(Prio.HIGH.urgent, Prio.LOW.urgent, Prio(9) + 1)
try:
    Level.__members__["NEW"] = 1
except TypeError as e:
    print(e)
Level(3)
