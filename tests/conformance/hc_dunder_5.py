class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = []
    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.calls, p.count(1))
class Strict:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"access to {name} denied")
        return object.__getattribute__(self, name)
s = Strict()
s.visible = 1
s.secret_key = 2
print(s.visible)
try:
    s.secret_key
except AttributeError as e:
    print(e)
print(getattr(s, "secret_x", "fallback"))
