# a custom _generate_next_value_ decides what auto() stands for
from enum import Enum, auto
class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return f"{name.lower()}{count}:{len(last_values)}"
    A = auto()
    B = auto()
    C = "fixed"
    D = auto()
print([m.value for m in Lower], Lower("b1:1"))
class NamedBase(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.replace("_", "-").lower()
class Route(NamedBase):
    HOME_PAGE = auto()
    ABOUT = auto()
print([r.value for r in Route], Route("home-page"))
class Doubling(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return last_values[-1] * 2 if last_values else start
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    TEN = 10
    TWENTY = auto()
print([(m.name, m.value) for m in Doubling])
Doubling(8)
