class Base:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name
    def __hash__(self):
        return hash(self.name)
class Child(Base):
    pass
print(Base("a") == Child("a"), Child("a") == Child("a"), len({Base("a"), Child("a"), Child("a")}))
print(Child("x"), [Child("y")], str(Child("z")))
class Strict(Base):
    def __setattr__(self, k, v):
        if k != "name":
            raise AttributeError(f"{type(self).__name__} is read-only for {k!r}")
        super().__setattr__(k, v)
s = Strict("ok")
print(s)
s.age = 4
