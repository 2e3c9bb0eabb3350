# enum isinstance and type checks, class attribute access on members
from enum import Enum, IntEnum

class Color(Enum):
    RED = "r"
    BLUE = "b"

class Num(IntEnum):
    ONE = 1

assert isinstance(Color.RED, Color)
assert type(Color.RED) is Color
assert isinstance(Num.ONE, int) and isinstance(Num.ONE, Num)
assert not isinstance(Color.RED, str)
assert Color.RED.__class__.__name__ == "Color"
assert Num.ONE * 3 == 3
assert [m.value for m in Color] == ["r", "b"]
print(type(Num.ONE).__name__, Num.ONE.value, int(Num.ONE))
try:
    Color("g")
except Exception as e:
    print(type(e).__name__ + ":", e)
