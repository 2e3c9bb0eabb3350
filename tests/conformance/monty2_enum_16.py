# StrEnum and IntEnum members use their value's methods and operators
from enum import StrEnum, IntEnum

class Color(StrEnum):
    RED = "red"
    DARK_BLUE = "dark blue"

class Size(IntEnum):
    S = 1
    L = 3

assert Color.RED.upper() == "RED"
assert type(Color.RED.upper()) is str
assert Color.DARK_BLUE.split() == ["dark", "blue"]
assert Color.RED.startswith("re")
assert "pre-" + Color.RED == "pre-red"
assert Color.RED * 2 == "redred"
assert Color.DARK_BLUE.title() == "Dark Blue"
assert Size.L.bit_length() == 2
assert Size.L * 2 == 6 and 2 ** Size.L == 8
assert -Size.S == -1 if hasattr(Size.S, "__neg__") else True
print(Color.RED.capitalize(), Color.RED.center(7, "*"), Size.L.to_bytes(2, "big"))
Color.RED.nope()
