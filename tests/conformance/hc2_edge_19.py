# enum with explicit _generate_next_value_ and auto in StrEnum
from enum import Enum, StrEnum, auto
class Color(StrEnum):
    RED = auto()
    DARK_BLUE = auto()
print(list(Color), Color.RED == "red", Color.DARK_BLUE.value)
print(Color["RED"], Color("dark_blue"), isinstance(Color.RED, str), len(Color))
Color.RED.value = "x"
