from enum import Enum
class Status(Enum):
    ACTIVE = "active"
print(Status("deleted"))
