# === callable and getattr on builtins ===
assert callable(len) and not callable(5), 'callable'
assert getattr('abc', 'upper')() == 'ABC', 'getattr method'
assert getattr([], 'nope', 7) == 7, 'default'
assert hasattr('x', 'join') and not hasattr('x', 'push'), 'hasattr'
up = str.upper
assert up('q') == 'Q', 'unbound method'
assert list(map(str.strip, [' a ', 'b '])) == ['a', 'b'], 'method map'
getattr(5, 'nope')
