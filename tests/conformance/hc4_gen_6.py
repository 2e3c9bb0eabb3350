def countdown(n):
    while n > 0:
        yield n
        n -= 1

c = countdown(3)
assert iter(c) is c
assert list(c) == [3, 2, 1]
assert list(c) == []
assert next(c, "empty") == "empty"
def squares():
    yield from map(lambda x: x * x, range(4))
assert sum(squares()) == 14
gen = (x for x in range(3))
print(type(gen).__name__, next(gen), list(gen))
next(gen)
