# Flag: combining, testing, iterating, inverting, pseudo-member names and lookups
from enum import Flag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(repr(rw), str(rw), rw.name, rw.value)
print(repr(Perm.W | Perm.R), Perm(3) == rw, Perm(3) is Perm(3) or True)
print(list(rw), len(rw), list(Perm), len(Perm))
print(repr(~Perm.R), repr(~(Perm.R | Perm.W | Perm.X)), str(Perm(0)))
print(bool(Perm(0)), bool(Perm.X), Perm.X in rw, Perm.W in rw, (Perm.R | Perm.X) in Perm(7))
print(repr(rw & Perm.W), repr(rw ^ Perm.R), (rw & Perm.X).name)
print({rw: "rw"}[Perm.R | Perm.W], rw == 3, Perm.R == Perm.R)
print(Perm["W"], Perm(4), [p.name for p in Perm])

class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7

print(repr(Color.RED | Color.GREEN | Color.BLUE), list(Color), repr(Color(6)))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
