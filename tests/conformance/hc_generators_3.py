def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen()
print(next(g))
g.close()
print("closed")
def lines():
    yield "a"
    yield "b"
it = lines()
print(next(it), next(it))
next(it)
