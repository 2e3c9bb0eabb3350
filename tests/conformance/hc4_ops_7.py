class Attrs:
    def __init__(self):
        object.__setattr__(self, "_data", {})
    def __setattr__(self, name, value):
        if name.startswith("_"):
            raise AttributeError(f"cannot set private {name}")
        self._data[name] = value
    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None
    def __delattr__(self, name):
        del self._data[name]

a = Attrs()
a.x = 1
print(a.x, a._data)
del a.x
print(hasattr(a, "x"))
a._secret = 1
