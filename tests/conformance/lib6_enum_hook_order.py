from enum import Enum, auto
class Base(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{name}-{count}-{last_values}"
class A(Base):
    X = auto()
    Y = 10
    Z = auto()
print([(m.name, m.value) for m in A])
class Plain(Enum):
    A = auto()
    B = 5
    C = auto()
print([(m.name, m.value) for m in Plain])
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e:
    print("TypeError:", e)
class Mid(Base):
    pass
class Leaf(Mid):
    Q = auto()
print(Leaf.Q.value)
