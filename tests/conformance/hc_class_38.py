class Base:
    @classmethod
    def create(cls, *args):
        return cls(*args)
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    def __init__(self, v=0):
        super().__init__(v * 10)
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.tag = "child"
        return obj
c = Child.create(2)
print(type(c).__name__, c.v, c.tag)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B+" + super(B, self).who()
print(B().who())
print(super(B, B()).who())
