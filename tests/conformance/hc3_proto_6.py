class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class A(metaclass=Meta):
    pass
print(A, type(A).__name__, isinstance(A, type))
class Plugin(type):
    registry = {}
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.registry[name.lower()] = cls
        return cls
class Base(metaclass=Plugin):
    pass
class Csv(Base):
    pass
class Xml(Base):
    pass
print(sorted(Plugin.registry))
