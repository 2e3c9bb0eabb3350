from enum import Enum, IntFlag, auto
Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value, Color["BLUE"].name)
Animal = Enum("Animal", ["CAT", "DOG"])
print(Animal.DOG, Animal(1))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rwx = Perm.R | Perm.W | Perm.X
print(rwx, int(rwx), Perm(6), Perm.R in rwx, rwx & ~Perm.W, list(Perm))
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, s):
        for m in cls:
            if m.value == s.lower():
                return m
        raise ValueError(f"unknown status {s!r}")
print(Status.parse("ACTIVE"), Status.ACTIVE.value.upper())
print(Status("inactive") is Status.INACTIVE, Status.ACTIVE == "active")
Status.parse("gone")
