class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"
    def step1(self):
        return "base1"
    def step2(self):
        return "base2"
class Impl(Base):
    def step2(self):
        return "impl2"
print(Impl().template(), Base().template())
class Mixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
class User(Mixin):
    def __init__(self, name):
        self.name = name
        self._secret = "x"
print(User("u").to_dict(), isinstance(User("u"), Mixin))
print(Impl.__mro__[1].__name__, Impl.step1 is Base.step1, Impl().step1.__name__)
type(Impl()).__name__
