from enum import IntFlag
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, int(p), Perm(7), Perm.R in p, p & Perm.W, oct(Perm.R | Perm.W | Perm.X))
print(repr(Perm(6)), Perm(0), list(Perm(5)))
print(p | 8)
