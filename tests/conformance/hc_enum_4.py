from enum import Enum, IntEnum, auto, unique
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(Weekday.TUE + 1, Weekday(3).name, [d.name for d in Weekday], Weekday.MON < 2)
print(f"{Weekday.MON}", str(Weekday.MON), repr(Weekday.MON), Weekday.MON.value)
class Color(Enum):
    RED = auto()
    GREEN = auto()
    def describe(self):
        return f"{self.name.lower()}={self.value}"
print([c.describe() for c in Color], Color.RED != Color.GREEN, Color["GREEN"].value)
print(Color.RED in list(Color), hash(Color.RED) == hash(Color.RED), {Color.RED: 1}[Color.RED])
print(Color.__members__.keys() if False else list(Color.__members__))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
