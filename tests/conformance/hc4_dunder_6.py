class Lazy:
    def __init__(self):
        self.loaded = {}
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        print("loading", name)
        value = len(name)
        setattr(self, name, value)
        return value
l = Lazy()
print(l.alpha, l.alpha, l.beta, sorted(vars(l)))
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class T:
    x = 1
t = T()
p = Proxy(t)
p.y = 2
print(p.x, p.y, t.y, hasattr(p, "z"))
p.zzz
