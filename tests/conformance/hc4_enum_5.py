from enum import Flag, auto, IntFlag

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(list(rw), rw.value)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, int(Bits.A | 4))
