class Thing:
    pass

t = Thing()
r = repr(t)
print(r.startswith("<__main__.Thing object at 0x"), r.endswith(">"))
print(str(t) == r, hex(id(t)) in r)
print(repr(Thing))

class Outer:
    class Inner:
        def method(self):
            pass

print(repr(Outer.Inner), Outer.Inner.__qualname__, Outer.Inner.__name__)
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at"))
print(Outer.Inner.method.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, repr(f()))
m = Outer.Inner().method
print(repr(m).startswith("<bound method Outer.Inner.method of <__main__.Outer.Inner object at"))
print(repr(Outer.Inner.method).startswith("<function Outer.Inner.method at"))
