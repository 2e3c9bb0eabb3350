# metaclasses deriving from abc.ABCMeta, with dataclasses and __slots__
from abc import ABCMeta, abstractmethod, ABC
from dataclasses import dataclass
class PluginMeta(ABCMeta):
    plugins = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.plugins.append(name)
        return cls
class Base(metaclass=PluginMeta):
    @abstractmethod
    def run(self): ...
class Impl(Base):
    def run(self): return 1
print(PluginMeta.plugins, Impl().run(), type(Impl).__name__, isinstance(Impl, ABCMeta))
try:
    Base()
except TypeError as e:
    print(e)
class X(ABC): pass
print(type(X).__name__, type(ABC).__name__)
class M(type):
    def __call__(cls, *a, **k):
        obj = super().__call__(*a, **k)
        obj.made_by_meta = True
        return obj
@dataclass
class D(metaclass=M):
    x: int
    y: int = 2
d = D(1)
print(d, d.made_by_meta)
class S(metaclass=M):
    __slots__ = ("a",)
    def __init__(self): self.a = 1
s = S()
print(s.a)
