# class-level constants, nested class, name and qualname
class Outer:
    LIMIT = 3
    class Inner:
        LIMIT = 7
        def f(self):
            return Outer.LIMIT + self.LIMIT

assert Outer.Inner().f() == 10
assert Outer.Inner.__name__ == "Inner"
assert Outer.Inner.__qualname__ == "Outer.Inner"
assert Outer.Inner.f.__qualname__ == "Outer.Inner.f"
print(Outer.Inner.__qualname__)
Outer.Inner.f()
