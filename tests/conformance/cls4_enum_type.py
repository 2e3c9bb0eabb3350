# type() of an enum class is enum.EnumType (EnumMeta)
import enum
from enum import Enum, IntEnum, Flag, EnumType, EnumMeta
class Color(Enum):
    RED = 1
print(type(Color), type(Color) is EnumType, EnumMeta is EnumType, isinstance(Color, EnumType), isinstance(Color, type))
print(type(IntEnum), type(Enum), isinstance(Color.RED, Color), type(Color.RED))
print(type(Enum("X", "A")).__name__, repr(EnumType))
class Strs(str, Enum):
    A = "a"
print(type(Strs).__name__)
try:
    class Bad(Color):
        B = 2
except TypeError as e:
    print(e)
