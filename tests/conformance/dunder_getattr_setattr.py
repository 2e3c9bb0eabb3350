class Record:
    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"Record has no field {name!r}") from None

    def __setattr__(self, name, value):
        self.log.append(name)
        self._fields[name] = value

    def __delattr__(self, name):
        del self._fields[name]

r = Record(a=1, b=2)
print(r.a, r.b, getattr(r, "c", "dflt"), hasattr(r, "a"), hasattr(r, "zz"))
r.c = 3
print(r.c, r.log, r._fields)
del r.a
print(hasattr(r, "a"))
try:
    r.missing
except AttributeError as e:
    print(e)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(type(object()).__name__, object().__class__ is object)
try:
    object(1)
except TypeError as e:
    print(e)
r.nothing_here
