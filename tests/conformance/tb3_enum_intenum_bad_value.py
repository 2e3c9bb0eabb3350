from enum import IntEnum
class C(IntEnum):
    A = "x"
