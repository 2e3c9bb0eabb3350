from dataclasses import dataclass, field, fields, is_dataclass, MISSING
@dataclass(unsafe_hash=True)
class A:
    x: int
    y: list = field(default_factory=list, hash=False, compare=False)
print(hash(A(1)) == hash(A(1, [2])), A(1) == A(1, [5]), is_dataclass(A), is_dataclass(A(1)), is_dataclass(int))
@dataclass(eq=False)
class B:
    v: int
print(B(1) == B(1), B(1).__hash__ is not None)
@dataclass
class C:
    a: int
    b: int = field(default=5, init=False)
    c: str = field(default="z", repr=False)
print(C(1), C(1).b, [(f.name, f.default is MISSING, f.init) for f in fields(C(2))])
print(C.__match_args__)
try:
    @dataclass(order=True, eq=False)
    class D:
        x: int
except ValueError as e:
    print(e)
@dataclass(frozen=True)
class F:
    x: int
try:
    @dataclass
    class G(F):
        y: int = 0
except TypeError as e:
    print(e)
C(1, 2)
