# dict views' .mapping: a read-only mappingproxy of the dict, which sees later changes
from collections import OrderedDict, defaultdict

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
for view in (d.keys(), d.values(), d.items()):
    m = view.mapping
    print(repr(m), str(m), type(m).__name__, len(m))
m = d.keys().mapping
print(m["a"], "a" in m, "z" in m, list(m), list(reversed(m)))
print(m.get("a"), m.get("z"), m.get("z", 0), m.keys(), m.values(), m.items())
c = m.copy()
print(c, type(c).__name__, c is d)
d["c"] = 3
print(m, len(m))
print(m == d, m == {"a": 1}, m != d, d == m)
print(m | {"z": 0}, {"z": 0} | m, type(m | {}).__name__)
print(d.items().mapping is d.items().mapping, d.values().mapping == d.values().mapping)
attempt(lambda: m["zz"])
def assign():
    m["x"] = 1
attempt(assign)
def delete():
    del m["a"]
attempt(delete)
def ior():
    global m
    m |= {"x": 1}
attempt(ior)
attempt(lambda: m.pop("a"))
attempt(lambda: m.update({}))
attempt(lambda: m.setdefault("a", 1))
attempt(lambda: m.clear())
attempt(lambda: hash(m))
attempt(lambda: m.keys(1))
attempt(lambda: m.get())
attempt(lambda: m.mapping)
attempt(lambda: m < m)
def setattr_mapping():
    d.keys().mapping = {}
attempt(setattr_mapping)
print(sorted(n for n in dir(m) if not n.startswith("_")))

dd = defaultdict(list)
proxy = dd.keys().mapping
print(proxy["new"], dict(dd))
od = OrderedDict(x=1)
print(od.values().mapping, od.items().mapping["x"])
print(type(m)({"k": "v"}))
attempt(lambda: type(m)([1, 2]))
attempt(lambda: type(m)())

def delete_key(obj, key):
    del obj[key]

for obj, key in ((m, 0), ((1, 2), 0), ((1, 2), "a"), ("abc", 1), ("abc", "x"), (5, 0),
                 (frozenset(), 0), (range(3), 1)):
    attempt(lambda: delete_key(obj, key))

class Plain:
    pass

attempt(lambda: delete_key(Plain(), 0))
attempt(lambda: delete_key(Plain(), "k"))
