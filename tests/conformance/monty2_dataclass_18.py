# eq between dataclass instances of different classes with same fields
from dataclasses import dataclass

@dataclass
class A:
    x: int

@dataclass
class B:
    x: int

assert A(1) != B(1)
assert A(1) == A(1)
assert [A(1), A(2)] == [A(1), A(2)]
assert A(1) in [B(1), A(1)]
assert (A(1), 2) < (A(1), 3) if False else True
print(A(1) == B(1), A(2) in [A(2)])
A(1) < A(2)
