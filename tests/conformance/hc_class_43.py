class Base1:
    def hello(self):
        return "base1"
class Base2:
    def hello(self):
        return "base2"
    def only2(self):
        return "only2"
bases = (Base1, Base2)
class Multi(*bases):
    pass
m = Multi()
print(m.hello(), m.only2(), [c.__name__ for c in Multi.__mro__])
class Kw:
    def __init_subclass__(cls, /, flavor="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavor = flavor
class Vanilla(Kw, flavor="vanilla"):
    pass
class Plain(Kw):
    pass
print(Vanilla.flavor, Plain.flavor)
try:
    class Bad(Base1, Base1):
        pass
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print(e)
