# __getattr__ fallback and AttributeError
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.sort()
assert p._target == [1, 2, 3]
assert p.count(2) == 1
assert hasattr(p, "append")
assert not hasattr(p, "_secret")
assert getattr(p, "nope_", 7) == 7 or True
print(p._target)
p.missing_method
