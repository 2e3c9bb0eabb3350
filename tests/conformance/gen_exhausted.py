def two():
    yield 1
    yield 2
g = two()
print(list(g))
print(list(g))
print(next(g, "empty"))
ge = (x for x in "ab")
print(sum(1 for _ in ge), sum(1 for _ in ge))
it = iter([1])
print(next(it))
try:
    next(it)
except Exception as e:
    print(type(e).__name__ + ":", e)
