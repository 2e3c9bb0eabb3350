# staticmethod/classmethod called on instance and via subclass, and callable staticmethod in class body
class Util:
    @staticmethod
    def double(x):
        return x * 2
    table = [double(i) for i in range(3)] if False else None
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Util):
    pass
print(Util.double(2), Util().double(3), Sub.name(), Sub().name(), Util.name())
sm = staticmethod(len)
print(sm("abc"), callable(sm))
cm = Util.__dict__["name"]
print(type(cm).__name__, cm.__func__(Sub))
Util.double()
