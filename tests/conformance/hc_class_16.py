class Base:
    def __init__(self, name):
        self.name = name
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def __str__(self):
        return f"{self.name}({self.age})"
c = Child("kid", 5)
print(c, str(c), [str(c)], f"{c}")
print(isinstance(c, Base), type(c) is Base)
Child("x")
