# PEP 695 generic classes
class Box[T]:
    def __init__(self, v: T):
        self.v = v
class Pair[K, V]:
    pass
print(Box[int], Box.__type_params__, Box[int].__args__, Box[int](2).v)
print(Pair[str, int], Pair[str, int].__origin__ is Pair)
try:
    Pair[int]
except TypeError as e:
    print(e)
Box[int, int]
