from abc import ABC, abstractmethod
class Storage(ABC):
    @abstractmethod
    def read(self, key): ...
    @abstractmethod
    def write(self, key, value): ...
    def copy(self, src, dst):
        self.write(dst, self.read(src))
class Mem(Storage):
    def __init__(self):
        self.d = {}
    def read(self, key):
        return self.d[key]
    def write(self, key, value):
        self.d[key] = value
m = Mem()
m.write("a", 1)
m.copy("a", "b")
print(m.d, isinstance(m, Storage))
class Half(Storage):
    def read(self, key):
        return None
Half()
