def letters():
    yield "a"
g = letters()
print(next(g))
value = next(g)
