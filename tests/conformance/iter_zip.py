print(list(zip()), list(zip('ab')), list(zip('abc', range(2))), list(zip([1, 2], (3, 4), 'xy')))
print(dict(zip(['a', 'b'], [1, 2])), list(zip(*[(1, 'a'), (2, 'b')])))
z = zip([1, 2, 3], 'ab')
print(next(z), list(z), list(z))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)), list(zip('a', strict=False)))
def attempt(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: list(zip([1, 2], [1], strict=True)))
attempt(lambda: list(zip([1], [1, 2], strict=True)))
attempt(lambda: list(zip([1], [1], [1, 2], strict=True)))
attempt(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
attempt(lambda: zip(1))
attempt(lambda: zip([], 5))
attempt(lambda: zip(x=1))
attempt(lambda: zip(strict=True, x=1))
def gen():
    yield 1
    raise ValueError('gen failed')
attempt(lambda: list(zip([1, 2], gen())))
