# super() in classmethods and with explicit args
class Base:
    @classmethod
    def create(cls):
        return f"Base.create for {cls.__name__}"
    def hello(self):
        return "base hello"
class Child(Base):
    @classmethod
    def create(cls):
        return "Child+" + super().create()
    def hello(self):
        return super(Child, self).hello() + " via child"
print(Child.create(), Child().hello(), Base.create())
class GrandChild(Child):
    def hello(self):
        return super(Child, self).hello()
print(GrandChild().hello())
super(GrandChild, Base()).hello()
