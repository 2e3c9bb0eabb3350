# match class pattern with too many positional sub-patterns
from dataclasses import dataclass
@dataclass
class P:
    x: int
match P(1):
    case P(a):
        print("matched", a)
match P(1):
    case P(a, b):
        print("unreachable")
