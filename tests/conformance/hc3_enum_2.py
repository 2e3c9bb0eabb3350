from enum import Enum, auto
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()
    def is_terminal(self):
        return self is Status.DONE
    @classmethod
    def parse(cls, s):
        return cls[s.upper()]
print([(s.name, s.value) for s in Status])
print(Status.parse("active"), Status.DONE.is_terminal(), Status.PENDING.is_terminal())
print({s: s.value * 10 for s in Status})
Status.parse("nope")
