# dataclass with slots and unsafe_hash
from dataclasses import dataclass
@dataclass(slots=True)
class P:
    x: int
    y: int
p = P(1, 2)
print(p, P.__slots__, hasattr(p, "__dict__"))
@dataclass(eq=True)
class Unhash:
    v: int
try:
    hash(Unhash(1))
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(1)) == hash(H(1)), len({H(1), H(1), H(2)}))
p.z = 3
