# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality
from collections import OrderedDict


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), len(od), od["a"])
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
od.move_to_end("c", False)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od)
err(lambda: od.move_to_end("zz"))
e = OrderedDict()
err(lambda: e.popitem())
err(lambda: e.popitem(last=False))
print(OrderedDict(), repr(OrderedDict(x=1)), str(OrderedDict([("k", [1, 2])])))
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x != y, x == dict(y), dict(y) == x, x == {"a": 1, "b": 2}, x == OrderedDict(a=1, b=2))
print(x == OrderedDict(a=1, b=3), x != OrderedDict(a=1))
print(type(x.copy()).__name__, x.copy() == x, x.copy() is x)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys([1, 2], 0))
print(x | {"c": 3}, type(x | {"c": 3}).__name__)
x |= {"d": 4}
print(x, isinstance(x, dict), type(x))
print(list(reversed(x)), x.get("a"), x.pop("a"), x.setdefault("z", 0), x)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
match OrderedDict(a=1):
    case {"a": v}:
        print("matched", v)
print(OrderedDict(zip("xy", range(2))), dict(OrderedDict(q=1)))
rec = OrderedDict(a=1)
rec["self"] = rec
print(rec, [rec])
