from enum import Enum
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Status("ACTIVE"))
def parse(s):
    return Status(s)
parse("deleted")
