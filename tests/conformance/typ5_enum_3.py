# _generate_next_value_ sees the members so far; inherited and static hooks
from enum import Enum, auto
class Seen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        print("gen", name, start, count, last_values)
        return count * 10 + len(last_values)
    A = 5
    B = auto()
    _private = 3
    __secret = 7
    _sunder_x = 1
    C = auto()
    D = 5
    E = auto()
print([(m.name, m.value) for m in Seen], Seen.D, Seen._Seen__secret)
class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() * 2
class Kid(Base):
    X = auto()
    Y = auto()
print(list(Kid), Kid.Y.value)
