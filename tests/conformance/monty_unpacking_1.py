# === star unpacking in calls and displays ===
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
assert f(*[1, 2]) == (1, 2, 0, (), {}), 'star list'
assert f(*'ab', *'cd') == ('a', 'b', 'c', ('d',), {}), 'two stars'
assert f(1, **{'b': 2, 'z': 3}) == (1, 2, 0, (), {'z': 3}), 'kwargs'
assert [*range(3), *'ab'] == [0, 1, 2, 'a', 'b'], 'list display'
assert (*[1], 2) == (1, 2), 'tuple display'
assert {*'aa', 'b'} == {'a', 'b'}, 'set display'
assert {**{'a': 1}, 'a': 2} == {'a': 2}, 'dict display'
first, *_, last = range(10)
assert (first, last) == (0, 9), 'ignore middle'
f(1, 2, **{'a': 5})
