from enum import Enum, StrEnum, IntEnum, Flag, auto
class Http(StrEnum):
    GET = auto()
    POST = auto()
print(list(Http), Http.GET == "get", Http("post"), Http.GET.upper(), f"{Http.POST}")
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status("gone")
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rwx = Perm.R | Perm.W | Perm.X
print(rwx, ~Perm.R, list(rwx), Perm(6), Perm.R in rwx, len(rwx), bool(Perm(0)), Perm(0))
class Num(IntEnum):
    ONE = 1
    TWO = 2
import json
print(json.dumps({"n": Num.TWO, "s": Http.GET}), Num.ONE + Num.TWO, Num(2) * 3, [Num.ONE] == [1])
print({Num.ONE: "a"}[1], sorted([Num.TWO, Num.ONE, 0]), Num.TWO.name, max(Num))
