# sorted/min/max with a Python key=: the VM computes the keys first; nothing observable changes
def loud(tag):
    def key(v):
        print(tag, v)
        return v
    return key

def gen(n):
    for i in range(n):
        print("gen", i)
        yield n - i

print(sorted(gen(3), key=loud("s")))
print(max(gen(3), key=loud("m")))
print(min(iter([4, 2, 8]), key=loud("it")))
print(max(range(5), key=lambda v: v % 3), min("hello", key=ord), max({3: 'a', 1: 'b'}, key=lambda k: -k))
print(sorted({1, 2, 3}.union(), key=lambda v: -v), sorted(frozenset("ab"), key=lambda s: s))
print(max({"x": 1, "y": 5}.values(), key=lambda v: -v), min(b"zq", key=lambda b: b))

xs = [5, 3, 9]
def mutating(v):
    xs.append(v)
    return v
print(sorted(xs, key=mutating), xs)
print(max(xs, key=None), sorted(xs, key=None, reverse=True), sorted(["b", "A"], key=str.lower))

for bad in (lambda: sorted(xs, key=loud("never"), reverse="yes"),
            lambda: max(xs, key=loud("never"), other=1),
            lambda: min(1, 2, key=loud("never"), default=0),
            lambda: sorted(xs, key=loud("never"), extra=True),
            lambda: max(key=loud("never")),
            lambda: min([], key=loud("never")),
            lambda: sorted([1, "a"], key=lambda v: v),
            lambda: max([1, "a"], key=lambda v: v),
            lambda: sorted(5, key=loud("never")),
            lambda: max(5, key=loud("never"))):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

def stops(v):
    if v == 3:
        raise StopIteration("in key")
    return v
try:
    sorted([1, 3], key=stops)
except StopIteration as e:
    print("StopIteration", e)

class Item:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Item({self.n})"
    @staticmethod
    def by_n(i):
        return i.n
    @classmethod
    def ranked(cls, i):
        return (-i.n, cls.__name__)
items = [Item(2), Item(7), Item(4)]
print(sorted(items, key=Item.by_n), max(items, key=Item.ranked), min(items, key=items[0].by_n))

def deep(v, n=0):
    return deep(v, n + 1) if n < 50 else v
print(sorted([3, 1, 2], key=deep))
total = 0
def counting(v):
    global total
    total += 1
    return -v
print(sorted(range(100), key=counting)[:3], total)
print(sorted([[2], [1]], key=lambda l: l.pop() if l else 0))

def key_fails(v):
    return {"a": 1}[v]
max(["a", "b"], key=key_fails)
