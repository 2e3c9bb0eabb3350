# enum's functional API and IntFlag
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.GREEN.value, Color["BLUE"].name, Color(3), repr(Color))
print(list(Enum("C", "A B,C")), list(Enum("C2", "A, B, C")))
Animal = Enum("Animal", ["CAT", "DOG"])
print(Animal.DOG, Animal(1), Animal.CAT is Animal["CAT"], len(Animal))
print(list(Enum("D", [("A", 10), ("B", 20)])), list(Enum("E", {"A": "a", "B": "b"})))
print(list(Enum("T", (("X", 1), ("Y", 2)))))
print(list(IntEnum("F", "P Q", start=5)), IntEnum("G", "P Q").Q + 1)
S = StrEnum("S", ["ALPHA", "B"])
print(list(S), S.ALPHA == "alpha", S.B.upper())
print(list(Flag("Fl", "A B C")), Flag("Fl2", "A B C").C.value)
I = IntFlag("I", "A B C")
print(list(I), repr(I.A | I.C), I.A | I.C, I.C.value)
Q = Enum("Q", "X Y", qualname="Outer.Q")
print(repr(Q), Q.X)

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rwx = Perm.R | Perm.W | Perm.X
print(rwx, int(rwx), Perm(6), Perm.R in rwx, rwx & ~Perm.W, list(Perm))
print(repr(Perm(12)), repr(Perm(8)), repr(~Perm.W), Perm.R | 8, repr(Perm.R | 8), repr(5 | Perm.R))
print(repr(Perm.R + 1), repr(-Perm.R), repr(Perm(0)), str(Perm.R | Perm.W), format(Perm.R), f"{Perm.R | Perm.W}")
print(Perm.R == 4, hash(Perm.R) == hash(4), isinstance(Perm.R, int), isinstance(Perm.R, Flag), Perm.R < 5)
print(list(Perm.R | Perm.X), len(Perm.R | Perm.X), bool(Perm(0)), repr(Perm.R & 6), repr(Perm.R ^ Perm.R))
print(repr(Perm.W | Perm.R), sorted([Perm.W, Perm.X, Perm.R]), Perm.R * 2, [p.name for p in Perm])

class Order(Flag):
    HIGH = 8
    LOW = 1
    MID = 2

print(repr(Order.HIGH | Order.LOW), list(Order.LOW | Order.HIGH | Order.MID))

class Letter(StrEnum):
    A = auto()
    BB = auto()

print(list(Letter))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Enum("x"))
attempt(lambda: Enum())
attempt(lambda: Enum("X", "A A"))
attempt(lambda: Enum("X", 5))
attempt(lambda: Enum("X", [1, 2]))
attempt(lambda: IntEnum("X", [("A", "z")]))
attempt(lambda: Enum("X", ""))
attempt(lambda: Enum("X", [("A", 1, 2)]))
attempt(lambda: Perm(1.5))
