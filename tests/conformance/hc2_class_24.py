# __new__ and singletons
class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.created = args
        return cls._inst
a, b = Singleton(1), Singleton(2)
print(a is b, a.created)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
u = Upper("abc")
print(u, type(u).__name__, u + "d")
class PosInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PosInt(5) + 1, repr(PosInt(3)))
PosInt(-1)
