# unique decorator and duplicate values
from enum import Enum, unique
class Ok(Enum):
    A = 1
    B = 2
print(list(Ok))
try:
    @unique
    class Dup(Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
class Redef(Enum):
    A = 1
    A = 2
