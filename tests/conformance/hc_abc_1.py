from abc import ABC, abstractmethod
class Repo(ABC):
    @abstractmethod
    def get(self, k): ...
    def get_or(self, k, d):
        try:
            return self.get(k)
        except KeyError:
            return d
class DictRepo(Repo):
    def __init__(self):
        self.d = {"a": 1}
    def get(self, k):
        return self.d[k]
r = DictRepo()
print(r.get("a"), r.get_or("z", 0), isinstance(r, Repo))
Repo()
