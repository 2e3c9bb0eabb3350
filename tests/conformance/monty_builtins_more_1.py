# === sorted stability and key errors ===
records = [{'n': 'b', 'a': 2}, {'n': 'a', 'a': 2}, {'n': 'c', 'a': 1}]
by_age = sorted(records, key=lambda r: r['a'])
assert [r['n'] for r in by_age] == ['c', 'b', 'a'], 'stable'
multi = sorted(records, key=lambda r: (r['a'], r['n']))
assert [r['n'] for r in multi] == ['c', 'a', 'b'], 'tuple key'
assert sorted('bca', reverse=True) == ['c', 'b', 'a'], 'reverse'
assert sorted({3: 'x', 1: 'y'}) == [1, 3], 'dict'
assert sorted([]) == [], 'empty'
try:
    sorted([1, 2], key=lambda v: None if v == 1 else v)
except TypeError as e:
    print(e)
sorted(records)
