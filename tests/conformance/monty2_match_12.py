# match with enum members and nested class patterns
from enum import Enum
from dataclasses import dataclass

class Op(Enum):
    ADD = "+"
    SUB = "-"

@dataclass
class Bin:
    op: Op
    l: object
    r: object

def ev(e):
    match e:
        case int(n):
            return n
        case Bin(Op.ADD, l, r):
            return ev(l) + ev(r)
        case Bin(op=Op.SUB, l=l, r=r):
            return ev(l) - ev(r)

def show(e):
    match e:
        case Bin(op, l, r):
            return f"({show(l)} {op.value} {show(r)})"
        case _:
            return str(e)

tree = Bin(Op.SUB, Bin(Op.ADD, 1, 2), 10)
assert ev(tree) == -7
print(show(tree), "=", ev(tree))
