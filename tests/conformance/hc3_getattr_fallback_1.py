class Lazy:
    def __init__(self):
        self.data = {"x": 1}
    @property
    def broken(self):
        return self.data["missing_attr_key"]
    @property
    def needs(self):
        return self.not_there
    @property
    def typed(self):
        raise TypeError("not an attribute problem")
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"{type(self).__name__} has no {name!r}")
obj = Lazy()
print(obj.dyn_needs, getattr(obj, "dyn_a"), hasattr(obj, "zzz"), getattr(obj, "zzz", "dflt"))
try:
    obj.needs
except AttributeError as e:
    print("AttributeError:", e)
try:
    obj.typed
except TypeError as e:
    print("TypeError:", e)
try:
    obj.broken
except KeyError as e:
    print("KeyError:", e)
class Plain:
    @property
    def p(self):
        raise AttributeError("no fallback here")
print(hasattr(Plain(), "p"), getattr(Plain(), "p", 5))
obj.needs
