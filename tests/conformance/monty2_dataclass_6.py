# asdict, astuple and replace
from dataclasses import dataclass, asdict, astuple, replace, field

@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)

@dataclass
class Outer:
    name: str
    inner: Inner
    pairs: tuple = ()

o = Outer("x", Inner(1, [Inner(2)]), (Inner(3),))
d = asdict(o)
assert d == {"name": "x", "inner": {"a": 1, "b": [{"a": 2, "b": []}]}, "pairs": ({"a": 3, "b": []},)}
assert astuple(Inner(5, [1])) == (5, [1])
o2 = replace(o, name="y")
assert o2.name == "y" and o2.inner is o.inner and o.name == "x"
print(d)
try:
    replace(o, nope=1)
except Exception as e:
    print(type(e).__name__ + ":", e)
