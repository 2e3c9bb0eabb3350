class Base:
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)
class A(Base): pass
class B(A): pass
class C(Base): pass
print(Base.registry, B.__mro__[1].__name__, C.__base__.__name__, Base.__subclasses__() if False else "skip")
print(isinstance(B(), A), issubclass(B, (C, A)), issubclass(bool, int), isinstance(1, (str, float)))
print(type(B()).__name__, B.__name__, B.__qualname__, B.__module__, A.__dict__.get("x"))
