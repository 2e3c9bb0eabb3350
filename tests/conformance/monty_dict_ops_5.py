# === dict constructor ===
assert dict() == {}, 'empty'
assert dict(a=1, b=2) == {'a': 1, 'b': 2}, 'kwargs'
assert dict([('a', 1), ['b', 2]]) == {'a': 1, 'b': 2}, 'pairs'
assert dict({'a': 1}, b=2) == {'a': 1, 'b': 2}, 'mapping + kw'
assert dict(zip('ab', range(2))) == {'a': 0, 'b': 1}, 'zip'
assert dict.fromkeys(['x', 'y']) == {'x': None, 'y': None}, 'fromkeys'
assert dict.fromkeys('ab', []) == {'a': [], 'b': []}, 'fromkeys value'
try:
    dict([('a', 1, 2)])
except ValueError as e:
    assert str(e) == 'dictionary update sequence element #0 has length 3; 2 is required', str(e)
dict([1, 2])
