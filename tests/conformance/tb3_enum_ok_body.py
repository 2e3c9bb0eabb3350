from enum import Enum, IntEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    _ignore_ = []
    def label(self):
        return self.name.lower()
    @property
    def code(self):
        return self.value * 10
class Level(IntEnum):
    LOW = 1
    HIGH = 2
print(Color.RED.label(), Color.GREEN.code, Level.HIGH + 1)
