x = "module"
class Outer:
    x = "outer-class"
    class Inner:
        y = x
    def method(self):
        return x
    z = (lambda: x)()
    w = [x for _ in range(1)]
print(Outer.Inner.y, Outer().method(), Outer.z, Outer.w)
def f():
    x = "function"
    class Local:
        a = x
        x = "class-local"
        b = x
        def m(self):
            return x
    return Local
L = f()
print(L.a, L.b, L().m())
def g():
    v = 1
    class K:
        nonlocal_v = v
        def get(self):
            return v
    v = 2
    return K
print(g().nonlocal_v, g()().get())
