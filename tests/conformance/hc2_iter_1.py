# iter() with sentinel and next() defaults
vals = [1, 2, 0, 3]
it = iter(vals)
print(list(iter(lambda: next(it), 0)))
it2 = iter([1])
print(next(it2), next(it2, "done"), next(it2, None))
chars = iter("abc")
print(next(chars), list(chars), list(chars))
print(iter(it2) is it2, type(iter([])).__name__, type(iter(range(3))).__name__, type(iter("")).__name__)
next(iter({}))
