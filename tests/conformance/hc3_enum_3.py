from enum import IntEnum, Flag, auto
class Prio(IntEnum):
    LOW = 1
    MED = 5
    HIGH = 10
print(Prio.HIGH > Prio.LOW, Prio.MED + 1, sorted([Prio.HIGH, Prio.LOW, 7]), int(Prio.MED))
print(Prio(5), repr(Prio(5)), f"{Prio.HIGH}", str(Prio.LOW))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm.R & Perm.X))
print(repr(Perm.X), Perm.R.value, Perm.X.value, list(rw))
