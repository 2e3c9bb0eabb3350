# an error in _generate_next_value_ caught inside the class body
from enum import Enum, auto
class Strs(Enum):
    def _generate_next_value_(name, start, count, last_values):
        if name == "BAD":
            raise KeyError(name)
        return name.lower()
    A = auto()
    try:
        BAD = auto()
    except KeyError:
        print("caught")
    C = auto()
print(list(Strs), Strs.C.value)
