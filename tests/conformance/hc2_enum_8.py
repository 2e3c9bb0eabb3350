# Enum members are not assignable; value lookup by attribute
from enum import Enum
class Level(Enum):
    DEBUG = 10
    INFO = 20
    ERROR = 40
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
    def __str__(self):
        return self.name.lower()
print(Level.parse("info"), repr(Level.parse("error")), [str(l) for l in Level])
print(max(Level, key=lambda l: l.value), sorted(Level, key=lambda l: -l.value)[0])
Level.DEBUG = 5
