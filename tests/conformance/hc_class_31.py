class Cls:
    x = 1
    def method(self):
        return "m"
    @staticmethod
    def sm():
        return "s"
    @classmethod
    def cm(cls):
        return cls.__name__
c = Cls()
print(c.method(), Cls.method(c), c.sm(), Cls.sm(), c.cm(), Cls.cm())
m = c.method
print(m(), m.__self__ is c, m.__name__, m.__func__ is Cls.method)
print(repr(Cls.sm)[:20] if False else type(Cls.__dict__["sm"]).__name__, type(Cls.__dict__["cm"]).__name__)
print(sorted(k for k in Cls.__dict__ if not k.startswith("__")))
Cls.y = 2
c.z = 3
print(c.y, c.z, "z" in vars(c), "y" in vars(c))
print(getattr(Cls, "method")(c), callable(Cls.cm))
