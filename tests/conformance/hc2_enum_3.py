# IntEnum and StrEnum
from enum import IntEnum, StrEnum
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
class Mode(StrEnum):
    READ = "r"
    WRITE = "w"
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), int(Prio.HIGH))
print(Mode.READ == "r", Mode.READ.upper(), f"{Mode.WRITE}", str(Mode.READ), repr(Mode.READ), Mode("w"))
print(f"{Prio.HIGH}", str(Prio.LOW), repr(Prio.LOW), format(Prio.HIGH, "03d"))
Prio(2)
