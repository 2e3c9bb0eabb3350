# enum aliases and __members__
from enum import Enum

class Status(Enum):
    ACTIVE = 1
    RUNNING = 1
    STOPPED = 0

assert Status.RUNNING is Status.ACTIVE
assert [s.name for s in Status] == ["ACTIVE", "STOPPED"]
assert list(Status.__members__) == ["ACTIVE", "RUNNING", "STOPPED"]
assert Status(1).name == "ACTIVE"
print(Status.RUNNING, len(Status))
try:
    Status["PAUSED"]
except Exception as e:
    print(type(e).__name__ + ":", e)
