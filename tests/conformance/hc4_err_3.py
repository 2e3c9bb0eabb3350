from abc import ABC, abstractmethod

class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default

class MemRepo(Repo):
    def __init__(self):
        self.d = {}
    def get(self, key):
        return self.d[key]
    def put(self, key, value):
        self.d[key] = value

r = MemRepo()
r.put("a", 1)
print(r.get("a"), r.get_or("b", "none"))
class Half(Repo):
    def get(self, key):
        return None
Half()
