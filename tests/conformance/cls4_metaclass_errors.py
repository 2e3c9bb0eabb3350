# metaclass error paths and less common forms
class M1(type):
    pass

class M2(type):
    pass

class A(metaclass=M1):
    pass

class B(metaclass=M2):
    pass

def attempt(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

def conflict():
    class C(A, B):
        pass

attempt(conflict)
attempt(lambda: type("D", (A, B), {}))
attempt(lambda: M1("x"))
attempt(lambda: type.__new__(M1, "x"))
attempt(lambda: type.__new__(int, "x", (), {}))
attempt(lambda: type.__new__(M1, 1, (), {}))
attempt(lambda: type.__new__(M1, "x", [], {}))
attempt(lambda: type.__init__(A, 1, 2))
attempt(lambda: type.__init__(A, "x", kw=1))
attempt(lambda: type.__prepare__("a", (), x=1))
attempt(lambda: M1.__prepare__("a", ()))

class M3(M1):
    pass

class E(A, metaclass=M3):
    pass

print(type(E).__name__, isinstance(E, M1), isinstance(A, M3))

class F(E):
    pass

print(type(F).__name__)

def prep_bad():
    class P(type):
        @classmethod
        def __prepare__(mcs, name, bases):
            return 3
    class Q(metaclass=P):
        pass

attempt(prep_bad)

def as_function(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)

class G(metaclass=as_function):
    x = 1

print(G.made_by, type(G).__name__)

def returns_other(name, bases, ns):
    return 42

class H(metaclass=returns_other):
    pass

print(H)

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        cls.kw = kw

class Sub(Base, color="red"):
    pass

print(Sub.kw)

class WithSuper(metaclass=Meta):
    def who(self):
        return super().__repr__()[:10]

print(WithSuper().who())
attempt(lambda: object.__new__(M1))

class Sneaky(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (virtual)"

class V(metaclass=Sneaky):
    real = 1

print(V.real, V.anything)

class Reprs(type):
    def __repr__(cls):
        return "<reprs>"

    def hello(cls):
        return "hello " + cls.__name__

class R(metaclass=Reprs):
    pass

print(repr(R), R.hello(), R.__repr__(R())[:10], type(R).__repr__(R))
attempt(lambda: R().hello())

class Sub2(Base, metaclass=M1):
    pass
