# collections.Counter: counting, most_common, elements, arithmetic and comparisons
from collections import Counter


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c, c["a"], c["zz"], "zz" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(c.total(), Counter().total(), Counter(), Counter({}))
c.update("aaz")
c.update({"b": 10})
c.update(q=2)
print(c)
c.subtract("aaaa")
c.subtract({"q": 5})
print(c)
words = Counter(w for w in "a b a c b a".split())
print(words, dict(words))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b, +b, -b, +a)
print(Counter(a=1) + Counter(), Counter() - Counter(x=-3))
x = Counter(a=1, b=2)
x += Counter(a=2, c=-1)
print(x)
x -= Counter(b=5)
print(x)
x |= Counter(a=1, z=4)
print(x)
x &= Counter(a=2, z=9)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=1) < Counter(a=1, b=1), Counter(a=2, b=1) >= Counter(a=1), Counter() > Counter())
del c["a"]
del c["not there"]
print(c)
c["new"] += 5
print(c["new"], c.get("nothing"), c.get("nothing", 7))
print(Counter(["x", "y", "x"]).most_common(1)[0], Counter([1, 1, 2]).copy(), type(Counter().copy()).__name__)
print(Counter({"a": 1.5, "b": 0.5}), Counter(a="s"))
print(isinstance(c, dict), type(c).__name__, type(c))
err(lambda: Counter.fromkeys("abc"))
err(lambda: Counter(5))
err(lambda: Counter("a", "b"))
err(lambda: Counter(a=1) + {"a": 1})
err(lambda: Counter(a=1) < {"a": 1})
print(Counter("hello world").most_common(3))
inventory = Counter(apples=3)
inventory.update(apples=2, pears=1)
print(inventory, sum(inventory.values()), sorted(inventory))
print(Counter([(1, 2), (1, 2), (3,)]))
print(Counter({"b": 2, "a": 2, "c": 3}))
