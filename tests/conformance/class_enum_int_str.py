from enum import IntEnum, StrEnum
class Level(IntEnum):
    LOW = 1
    HIGH = 3
class Mode(StrEnum):
    R = "r"
print(int(Level.HIGH), [10, 20, 30, 40][Level.HIGH], f"{Level.LOW:03d}", f"{Level.HIGH}", f"{Mode.R:>3}|", format(Level.LOW, "x"))
print(float(Level.HIGH), hex(Level.HIGH), range(5)[Level.LOW], "%d" % Level.HIGH)
