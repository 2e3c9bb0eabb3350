# === hash consistency rules ===
assert hash(0) == hash(0.0) == hash(False) == hash(-0.0), 'zeros'
assert hash(1) == hash(1.0) == hash(True), 'ones'
assert hash(123456789) == 123456789, 'small int is itself'
assert hash(-1) == hash(-2) == -2, 'minus one is reserved'
assert hash(2.5) == hash(2.5) and hash(10 ** 20) == hash(10 ** 20), 'stable'
assert hash((1, 'a')) == hash((1, 'a')), 'tuples'
assert hash(frozenset({1, 2})) == hash(frozenset({2, 1})), 'frozensets'
assert hash(b'abc') == hash(b'abc') and hash('abc') == hash('abc'), 'bytes and str stable'
assert hash(None) == hash(None) and hash(...) == hash(...), 'singletons'
assert hash(range(3)) == hash(range(0, 3, 1)), 'equal ranges'
assert hash(float('inf')) == 314159 and hash(float('-inf')) == -314159, 'infinities'
seen = {}
for key in [1, 1.0, True, 2, 2.0, 'x', ('x',)]:
    seen[key] = seen.get(key, 0) + 1
print(seen)
unhashables = [[], {}, set(), ([],), {1: []}.values()]
for u in unhashables:
    try:
        hash(u)
        print('hashable', type(u).__name__)
    except TypeError as e:
        print(e)
errors = [ValueError('same'), ValueError('same')]
print(len(set(errors)), errors[0] in {errors[0]: 1}, hash(errors[0]) == hash(errors[0]))
its = [iter([]), iter(()), iter(''), iter(b''), iter(range(2)), iter({}), iter(set()), zip(), map(abs, []),
       filter(None, []), enumerate([]), reversed([]), reversed({}), iter({}.items()), iter(int, 1)]
print(len({it: type(it).__name__ for it in its}), sorted({type(it).__name__ for it in its}))
hash(slice(1, 2)) == hash(slice(1, 2))
