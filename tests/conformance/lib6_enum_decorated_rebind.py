from enum import Enum
def deco(c):
    return c
class E(Enum):
    A = 1
    @deco
    class A:
        pass
