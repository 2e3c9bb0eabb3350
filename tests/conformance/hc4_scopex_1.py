def factory(prefix):
    class Named:
        label = prefix.upper()
        items = [prefix + str(i) for i in range(2)]
        def show(self):
            return f"{prefix}:{self.label}:{__class__.__name__}"
    return Named
N = factory("ab")
print(N.label, N.items, N().show(), N.__qualname__)
def counter():
    count = 0
    class C:
        def inc(self):
            nonlocal count
            count += 1
            return count
    return C()
c = counter()
c.inc(); c.inc()
print(c.inc())
class K:
    base = 10
    scaled = (lambda base=base: base * 2)()
    gen = (x for x in range(base))
print(K.scaled, sum(K.gen))
class L:
    vals = [1, 2, 3]
    limit = 2
    gen = (v for v in vals if v < limit)
list(L.gen)
