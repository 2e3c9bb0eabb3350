from enum import Enum
class Color(Enum):
    RED = "r"
Color.RED
