from enum import Enum
class C(Enum):
    A = 1
class D(C):
    B = 2
