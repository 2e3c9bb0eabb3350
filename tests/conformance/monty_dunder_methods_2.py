# === iterator protocol by hand ===
it = [10, 20].__iter__()
assert it.__next__() == 10, 'next'
assert next(it) == 20, 'builtin next'
try:
    it.__next__()
except StopIteration:
    print('done')
r = iter(range(2))
r.__next__()
