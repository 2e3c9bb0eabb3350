# === zip / map / filter ===
assert list(zip([1, 2, 3], 'ab')) == [(1, 'a'), (2, 'b')], 'shortest'
assert list(zip()) == [], 'no args'
assert list(zip([1])) == [(1,)], 'one arg'
assert list(map(str, [1, 2])) == ['1', '2'], 'map'
assert list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])) == [11, 22], 'map two'
assert list(map(pow, [2, 3], [2, 2])) == [4, 9], 'map builtin'
assert list(filter(None, [0, 1, '', 'a', None, []])) == [1, 'a'], 'filter None'
assert list(filter(str.isdigit, 'a1b2')) == ['1', '2'], 'filter method'
m = map(abs, [-1, -2])
assert next(m) == 1 and list(m) == [2], 'lazy'
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    assert str(e) == 'zip() argument 2 is shorter than argument 1', str(e)
list(zip([1], [1, 2], strict=True))
