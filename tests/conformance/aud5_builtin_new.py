# X.__new__ of the built-in types called by hand: the type (or a subclass) first, CPython's
# messages for anything else; and object.__new__ / object.__ne__ called directly
def attempt(f):
    try:
        v = f()
        print(type(v).__name__, repr(v))
    except Exception as e:
        print(type(e).__name__, e)

class I(int):
    pass

class S(str):
    pass

class F(float):
    pass

class T(tuple):
    pass

class L(list):
    pass

class D(dict):
    pass

attempt(lambda: int.__new__(int, 5))
attempt(lambda: int.__new__(int, "12", 8))
attempt(lambda: int.__new__(int))
attempt(lambda: int.__new__(I, 7))
attempt(lambda: int.__new__(I, 7) + 1)
attempt(lambda: int.__new__(5))
attempt(lambda: int.__new__(str))
attempt(lambda: int.__new__(bool))
attempt(lambda: int.__new__())
attempt(lambda: int.__new__(int, "x"))
attempt(lambda: int.__new__(int, x=1))
attempt(lambda: (3).__new__(int, 4))
attempt(lambda: I.__new__(I, 9))
attempt(lambda: bool.__new__(bool, 1))
attempt(lambda: bool.__new__(bool))
attempt(lambda: bool.__new__(int, 1))
attempt(lambda: float.__new__(float, "1.5"))
attempt(lambda: float.__new__(F, 2))
attempt(lambda: float.__new__(int))
attempt(lambda: str.__new__(str, 5))
attempt(lambda: str.__new__(str, b"a", "utf-8"))
attempt(lambda: str.__new__(S, "x"))
attempt(lambda: str.__new__(S, "x").upper())
attempt(lambda: str.__new__(list))
attempt(lambda: tuple.__new__(tuple, [1, 2]))
attempt(lambda: tuple.__new__(T, "ab"))
attempt(lambda: tuple.__new__(list))
attempt(lambda: list.__new__(list, [1, 2]))
attempt(lambda: list.__new__(L, [1, 2]))
attempt(lambda: list.__new__(tuple))
attempt(lambda: dict.__new__(dict, a=1))
attempt(lambda: dict.__new__(D))
attempt(lambda: set.__new__(set, [1]))
attempt(lambda: frozenset.__new__(frozenset, [1]))
attempt(lambda: frozenset.__new__(set))
attempt(lambda: bytes.__new__(bytes, 3))
attempt(lambda: bytes.__new__(bytes, "hi", "ascii"))
attempt(lambda: bytearray.__new__(bytearray, b"ab"))
attempt(lambda: complex.__new__(complex, 1, 2))
attempt(lambda: object.__new__(int))
attempt(lambda: object.__new__(list))
attempt(lambda: object.__new__(5))
attempt(lambda: type(object.__new__(object)))
attempt(lambda: type(object.__new__(I)))
attempt(lambda: object.__ne__(1, 2))
attempt(lambda: object.__ne__(1, 1))
attempt(lambda: object.__ne__("a", "a"))
attempt(lambda: object.__ne__(1))
attempt(lambda: object.__eq__(1, 1))
attempt(lambda: int.__ne__(1, 2))
attempt(lambda: int.__new__(int, 5) == 5)

class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))

attempt(lambda: Pos(-4))
attempt(lambda: type(Pos(-4)).__name__)

class Up(str):
    def __new__(cls, v):
        return str.__new__(cls, v.upper())

attempt(lambda: Up("abc"))

class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

attempt(lambda: Pair(1, 2))
attempt(lambda: Pair(1, 2)[1])

class Plain:
    def __new__(cls, *args):
        return object.__new__(cls)
    def __init__(self, x):
        self.x = x

attempt(lambda: Plain(3).x)
attempt(lambda: object.__ne__(1, x=2))

class Err(ValueError):
    pass

class OwnNew(int):
    def __new__(cls, v):
        return int.__new__(cls, v)

class Sub(OwnNew):
    pass

attempt(lambda: object.__new__(Err))
attempt(lambda: object.__new__(Sub))
attempt(lambda: type(object.__new__(Plain)).__name__)
