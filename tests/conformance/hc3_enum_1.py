from enum import Enum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.RED.name, Color.RED.value)
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1))
print([c.name for c in Color if c.value > 1])
print(Color.RED == 1, Color.RED == Color.RED, isinstance(Color.RED, Color))
Color(7)
