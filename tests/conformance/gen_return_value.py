def g():
    yield 1
    return "final"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print(e.value, e.args)
def delegator():
    r = yield from g()
    return r * 2
d = delegator()
next(d)
try:
    next(d)
except StopIteration as e:
    print(e.value)
list(delegator())
