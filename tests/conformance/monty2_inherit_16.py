# super() inside nested functions and comprehensions in methods
class Base:
    def values(self):
        return [1, 2, 3]

class Child(Base):
    def values(self):
        base = super().values()
        return [v * 10 for v in base]
    def lazy(self):
        def helper():
            return super(Child, self).values()
        return helper()

c = Child()
assert c.values() == [10, 20, 30]
assert c.lazy() == [1, 2, 3]
print(c.values(), c.lazy())
