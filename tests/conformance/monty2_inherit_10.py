# calling super().__init__ with missing arguments
class Base:
    def __init__(self, a, b):
        self.a, self.b = a, b

class Child(Base):
    def __init__(self, a):
        super().__init__(a)

print(Base(1, 2).b)
Child(1)
