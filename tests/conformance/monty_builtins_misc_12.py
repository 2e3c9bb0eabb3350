# === hash builtin ===
assert hash(42) == 42, 'small int'
assert hash(True) == 1, 'True'
assert hash(None) == hash(None), 'None stable'
assert hash((1, (2, 3))) == hash((1, (2, 3))), 'nested tuple'
assert hash(()) == hash(()), 'empty tuple'
assert hash(frozenset([1, 2])) == hash(frozenset([2, 1])), 'frozenset order'
assert hash((1, 2)) != hash((2, 1)), 'tuple order'
assert hash('') == 0, 'empty str'
assert hash(b'') == 0, 'empty bytes'
try:
    hash([])
except TypeError as e:
    assert str(e) == "unhashable type: 'list'", str(e)
hash({})
