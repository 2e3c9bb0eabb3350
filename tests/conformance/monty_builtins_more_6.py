# === enumerate/zip returning iterators ===
e = enumerate('abc')
assert next(e) == (0, 'a'), 'next'
assert iter(e) is e, 'iterator'
z = zip('ab', 'cd')
assert next(z) == ('a', 'c'), 'zip next'
assert list(z) == [('b', 'd')], 'rest'
m = map(int, '123')
f = filter(lambda x: x > 1, m)
assert list(f) == [2, 3], 'chained'
assert list(m) == [], 'consumed'
r = reversed([1, 2])
assert type(r).__name__ == 'list_reverseiterator', type(r).__name__
print(type(e).__name__, type(z).__name__, type(m).__name__, type(f).__name__)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter('')).__name__, type(iter({})).__name__, type(iter(range(1))).__name__)
len(e)
