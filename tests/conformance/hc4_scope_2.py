class Outer:
    value = 10
    class Inner:
        def get(self):
            return Outer.value * 2
    def method(self):
        return self.Inner().get()

print(Outer().method(), Outer.Inner.__qualname__, Outer.method.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__, f().__name__)
def g():
    def h():
        pass
    return h
print(g().__qualname__, (lambda: 0).__qualname__, repr(g().__name__))
