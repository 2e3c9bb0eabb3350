# order=True gives comparisons and sorting by field tuple
from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9), Version(1, 2)]
assert sorted(vs) == [Version(0, 9, 9), Version(1, 0), Version(1, 2), Version(1, 2, 3)]
assert max(vs) == Version(1, 2, 3)
assert Version(2) > Version(1, 99)
assert Version(1) <= Version(1)
print(sorted(vs)[0])
Version(1) < (1, 0, 0)
