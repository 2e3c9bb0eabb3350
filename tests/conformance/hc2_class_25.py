# abstract base classes
from abc import ABC, abstractmethod
class Store(ABC):
    @abstractmethod
    def get(self, k): ...
    @abstractmethod
    def put(self, k, v): ...
    def get_or(self, k, d=None):
        try:
            return self.get(k)
        except KeyError:
            return d
class Mem(Store):
    def __init__(self):
        self.d = {}
    def get(self, k):
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
m = Mem(); m.put("a", 1)
print(m.get("a"), m.get_or("b", 0), isinstance(m, Store))
class Half(Store):
    def get(self, k):
        return 1
Half()
