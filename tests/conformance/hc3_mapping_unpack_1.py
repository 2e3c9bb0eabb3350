class Config:
    def __init__(self, **kw):
        self._d = dict(kw)
    def keys(self):
        print("keys() called")
        return list(self._d)
    def __getitem__(self, k):
        return self._d[k] * 10
def show(**kw):
    return sorted(kw.items())
c = Config(a=1, b=2)
print({**c}, {**c, "a": 0}, dict(c), show(**c), show(x=1, **c))
class NoKeys:
    def __getitem__(self, k):
        return k
for bad in [lambda: {**NoKeys()}, lambda: show(**NoKeys()), lambda: {**[("a", 1)]}, lambda: show(**5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Dup:
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return 1
try:
    show(x=0, **Dup())
except TypeError as e:
    print("TypeError:", e)
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
show(**BadKeys())
