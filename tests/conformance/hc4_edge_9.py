from enum import Enum, auto
class Color(Enum):
    RED = 1
    CRIMSON = 1
    GREEN = 2
    def __str__(self):
        return self.name.title()
print(list(Color), list(Color.__members__), Color.CRIMSON is Color.RED, str(Color.GREEN), f"{Color.RED}")
print(Color.RED.name, Color.CRIMSON.name, Color(1))
class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    ALPHA = auto()
    BETA = auto()
print(Auto.ALPHA.value, [m.value for m in Auto])
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(e)
print(isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED.__class__.__name__)
