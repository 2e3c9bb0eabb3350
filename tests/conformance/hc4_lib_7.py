from enum import Enum
class Status(Enum):
    OK = "ok"
    FAIL = "fail"
print(Status("ok"))
Status("unknown")
