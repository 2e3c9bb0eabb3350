from dataclasses import dataclass, replace
@dataclass
class A:
    x: int
a = A(1)
print(replace(a, x=2))
replace(a, y=3)
