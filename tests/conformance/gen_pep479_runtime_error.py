def bad():
    yield 1
    raise StopIteration("explicit")
g = bad()
print(next(g))
next(g)
