# === truthiness ===
falsy = [0, 0.0, -0.0, '', [], (), {}, set(), None, False, range(0), b'', frozenset()]
truthy = [1, -1, 0.1, ' ', [0], (None,), {0: 0}, {0}, True, range(1), b'\x00', float('nan')]
assert not any(falsy), 'falsy'
assert all(truthy), 'truthy'
assert [bool(x) for x in (0, 1, '', 'a')] == [False, True, False, True], 'bool()'
assert (0 or 'default') == 'default', 'or value'
assert ([] and 'never') == [], 'and value'
assert (1 and 2 and 3) == 3, 'and last'
assert (0 or '' or None) is None, 'or last'
assert not None is True, 'not binds looser than is'
x = []
y = x or ['fallback']
y
