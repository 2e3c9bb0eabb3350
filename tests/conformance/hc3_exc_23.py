def gen():
    yield 1
    raise StopIteration("manual")
    yield 2
try:
    print(list(gen()))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
it = iter([1])
print(next(it), next(it, "done"))
next(it)
