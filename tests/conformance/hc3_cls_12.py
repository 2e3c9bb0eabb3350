class Lazy:
    def __init__(self):
        self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        if name.startswith("get_"):
            return lambda: name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
l = Lazy()
print(l.get_foo(), l.get_bar(), l.calls)
print(getattr(l, "get_x")(), hasattr(l, "nope"), getattr(l, "nope", "dflt"))
l.calls = 10
print(l.calls)
l.missing
