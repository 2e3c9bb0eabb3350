class Readonly:
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
r = Readonly()
try:
    r.x = 1
except AttributeError as e:
    print(e)
class Tracked:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)
t = Tracked()
t.a = 1
t.b = 2
print(t.log, t.a, t.b)
class Callable:
    def __call__(self, x):
        return x + 1
print(Callable()(4), callable(Callable()))
