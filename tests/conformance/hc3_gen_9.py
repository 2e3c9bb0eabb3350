g = (x for x in range(3))
print(list(g), list(g))
def gen():
    yield 1
g = gen()
print(g.__name__, g.gi_running if hasattr(g, "gi_running") else None)
for _ in g:
    pass
next(g)
