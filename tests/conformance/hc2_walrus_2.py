# walrus scoping in comprehension binds enclosing
def f():
    found = None
    if any((found := x) > 3 for x in [1, 5, 2]):
        return found
    return None
print(f())
values = [1, 2, 3]
res = [(v, sq) for v in values if (sq := v * v) % 2]
print(res, sq)
def g():
    [q := i for i in range(3)]
    return q
g()
