# IntEnum/StrEnum members count as int/str for isinstance, issubclass and class patterns
from enum import Enum, IntEnum, StrEnum

class Code(IntEnum):
    OK = 200
    MISSING = 404

class Mode(StrEnum):
    READ = "r"

class Plain(Enum):
    A = 1

assert isinstance(Code.OK, int) and isinstance(Code.OK, (str, int))
assert issubclass(Code, int) and not issubclass(Code, str)
assert isinstance(Mode.READ, str) and issubclass(Mode, str)
assert not isinstance(Plain.A, int) and not issubclass(Plain, int)

def kind(v):
    match v:
        case bool():
            return "bool"
        case int(n) if n >= 400:
            return f"error {n!r}"
        case int():
            return "int"
        case str(s):
            return f"str {s}"
        case _:
            return "other"

print([kind(v) for v in (Code.OK, Code.MISSING, Mode.READ, Plain.A, 3, True)])
