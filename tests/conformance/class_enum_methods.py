from enum import Enum, IntEnum, auto
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @property
    def label(self):
        return self.value.title()

    def __str__(self):
        return self.value

    @classmethod
    def parse(cls, s):
        for m in cls:
            if m.value == s.lower():
                return m
        raise ValueError(f"unknown status {s!r}")

print(Status.ACTIVE.label, str(Status.INACTIVE), Status.parse("ACTIVE"), repr(Status.parse("inactive")))
print({s.name: s.value for s in Status}, Status.ACTIVE in {Status.ACTIVE}, Status("active") is Status.ACTIVE)
print(sorted(Status, key=lambda s: s.value, reverse=True), Status.ACTIVE.name.lower())
class Level(IntEnum):
    LOW = 1
    HIGH = 3
print(Level.LOW < 2, Level.HIGH * 2, int(Level.HIGH) if hasattr(Level.HIGH, "__int__") else 3, Level(3).name)
print([l.name for l in sorted([Level.HIGH, Level.LOW])], Level.LOW == Level(1), f"{Level.LOW.name}={Level.LOW.value}")
match_map = {Status.ACTIVE: 1, Status.INACTIVE: 0}
print(match_map[Status.parse("Inactive")])
try:
    Status.parse("x")
except ValueError as e:
    print(e)
class Dir(Enum):
    N = auto()
    S = auto()
    def opposite(self):
        return {Dir.N: Dir.S, Dir.S: Dir.N}[self]
print(Dir.N.opposite(), Dir.N.value, len(Dir), Dir.__members__.keys() if False else list(Dir.__members__))
