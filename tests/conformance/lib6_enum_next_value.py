from enum import Enum, auto
class Base(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if name.startswith("BAD"):
            raise ValueError(f"no value for {name}")
        return name.lower()
class Color(Base):
    RED = auto()
    BLUE = auto()
print(list(Color), Color.RED.value)
class Broken(Base):
    GOOD = auto()
    BAD_ONE = auto()
