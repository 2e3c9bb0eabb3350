# === join ===
assert ','.join(['a', 'b', 'c']) == 'a,b,c', 'join list'
assert ''.join([]) == '', 'join empty'
assert '-'.join('abc') == 'a-b-c', 'join str'
assert ', '.join(str(i) for i in range(3)) == '0, 1, 2', 'join generator'
assert ' '.join(('x',)) == 'x', 'join single'
assert '.'.join({'k': 1, 'j': 2}) == 'k.j', 'join dict keys'
try:
    ','.join(['a', 1, 'b'])
    assert False
except TypeError as e:
    assert str(e) == 'sequence item 1: expected str instance, int found', str(e)
try:
    ''.join(5)
except TypeError as e:
    assert str(e) == 'can only join an iterable', str(e)
','.join([None])
