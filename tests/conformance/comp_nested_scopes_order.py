# scopes nested inside a comprehension's first iterable, and lambdas in defaults
print(sum(x for x in (y * 2 for y in range(4))))
print([v for v in [w + 1 for w in range(3)] if v > 1])
print([f() for f in [lambda i=i: i * 10 for i in range(3)]])
def make(scale=lambda v: v * 3):
    return [scale(k) for k in (m for m in range(3))]
print(make())
print({k: sorted(g for g in range(k)) for k in range(3)})
