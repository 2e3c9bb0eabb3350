# dataclass in match statements using generated __match_args__
from dataclasses import dataclass

@dataclass
class Add:
    left: object
    right: object

@dataclass
class Num:
    value: int

def ev(e):
    match e:
        case Num(v):
            return v
        case Add(Num(0), r):
            return ev(r)
        case Add(l, r):
            return ev(l) + ev(r)
        case _:
            raise TypeError(f"bad node {e!r}")

assert Add.__match_args__ == ("left", "right")
assert ev(Add(Num(0), Add(Num(2), Num(3)))) == 5
print(ev(Add(Num(1), Num(1))))
ev(Add(Num(1), "x"))
