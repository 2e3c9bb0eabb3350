from enum import Enum, IntEnum, StrEnum

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

class Mode(StrEnum):
    READ = "r"
    WRITE = "w"

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Mode.READ == "r", Mode.WRITE.upper(), f"{Mode.READ}", str(Mode.WRITE), repr(Mode.READ))
print(f"{Priority.HIGH}", str(Priority.LOW), repr(Priority.LOW), int(Priority.MEDIUM))
Color = Enum("Color", "RED GREEN")
print(list(Color), Color.GREEN.value)
Priority["URGENT"]
