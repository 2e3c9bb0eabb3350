def gen():
    yield 1
    yield 2

g = gen()
next(g)
try:
    g.throw(ValueError)
except ValueError as e:
    print("propagated", repr(e))
print(next(g, "exhausted"))
def g2():
    try:
        yield
    finally:
        return "from finally"
x = g2()
next(x)
try:
    x.throw(RuntimeError("lost"))
except StopIteration as e:
    print("stop", e.value)
