from enum import Enum, auto
class Late(Enum):
    A = auto()
    B = auto()
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
