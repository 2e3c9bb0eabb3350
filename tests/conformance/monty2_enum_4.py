# auto() values and methods on enums
from enum import Enum, auto

class Dir(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def opposite(self):
        return self.turn_right().turn_right()

assert [d.value for d in Dir] == [1, 2, 3, 4]
assert Dir.WEST.turn_right() is Dir.NORTH
assert Dir.NORTH.opposite is Dir.SOUTH
print(Dir.EAST.opposite, Dir.SOUTH.turn_right().name)
try:
    Dir.NORTH.value = 5
except Exception as e:
    print(type(e).__name__ + ":", e)
