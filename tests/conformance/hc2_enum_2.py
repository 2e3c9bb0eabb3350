# auto values and aliases
from enum import Enum, auto
class Status(Enum):
    PENDING = auto()
    ACTIVE = auto()
    DONE = auto()
    FINISHED = 3
print([s.value for s in Status], Status.FINISHED is Status.DONE, Status(3).name, list(Status.__members__))
print(Status.DONE.name, Status.FINISHED.name, len(Status))
Status["UNKNOWN"]
