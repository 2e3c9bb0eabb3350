# an error in _generate_next_value_ is raised where auto() is assigned
from enum import Enum, auto
class Ok(Enum):
    A = auto()
    B = auto()
print(Ok.A.value, Ok.B.value)
class Broken(Enum):
    def _generate_next_value_(name, start, count, last_values):
        raise ValueError(f"no value for {name}")
    Y = 1
    X = auto()
