from enum import Enum
class C(Enum):
    A = 1
del C.A
