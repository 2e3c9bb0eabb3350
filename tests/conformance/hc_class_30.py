class Base:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({items})"
class User(Base):
    pass
u = User(name="ann", age=3)
print(u, repr(u), [u])
print(User.__init__ is Base.__init__, User.__repr__ is Base.__repr__)
print(type(u).__mro__)
print(User, Base, type(User), type(u))
print(str(User), repr(int), repr(type(None)), repr(ValueError))
