def g():
    yield 1
    raise StopIteration("oops")

try:
    list(g())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    assert e.value == 5
    print(e.args)
