# Flag combinations
from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
assert Perm.R in rw and Perm.X not in rw
assert rw & Perm.W == Perm.W
assert (rw & Perm.X).value == 0
assert Perm.R.value == 1 and Perm.W.value == 2 and Perm.X.value == 4
assert rw.value == 3
assert bool(Perm(0)) is False
print(rw.value, Perm.X.name)
