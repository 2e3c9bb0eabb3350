print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', -2)))
print(list(enumerate(range(3), start=10)), list(enumerate(iterable='xy')), list(enumerate('ab', True)))
print(list(enumerate('ab', 2**63 - 1)))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
e = enumerate('xyz')
print(next(e), next(e), list(e), list(e))
print(dict(enumerate('ab')), type(enumerate([])).__name__)
def attempt(f):
    try:
        print(repr(f()))
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: enumerate())
attempt(lambda: enumerate(1))
attempt(lambda: enumerate([], 1.5))
attempt(lambda: enumerate([], 'a'))
attempt(lambda: enumerate([], 1, 2))
attempt(lambda: enumerate([], x=1))
