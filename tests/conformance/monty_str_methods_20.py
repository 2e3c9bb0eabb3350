# === format method ===
assert '{} {}'.format('a', 'b') == 'a b', 'auto'
assert '{1} {0}'.format('a', 'b') == 'b a', 'manual'
assert '{name}!'.format(name='x') == 'x!', 'keyword'
assert '{0[1]}'.format([10, 20]) == '20', 'index'
assert '{0[key]}'.format({'key': 'v'}) == 'v', 'key'
assert '{{}}'.format() == '{}', 'escaped'
assert '{:>5}'.format('ab') == '   ab', 'align'
assert '{:^7.2f}'.format(3.14159) == ' 3.14  ', 'center float'
assert '{!r}'.format('x') == "'x'", 'repr conv'
assert '{0:{1}}'.format(5, '03') == '005', 'nested spec'
assert '{:,}'.format(1234567) == '1,234,567', 'comma'
assert '{:_x}'.format(0xdeadbeef) == 'dead_beef', 'underscore hex'
try:
    '{} {}'.format('only')
except IndexError as e:
    assert str(e) == 'Replacement index 1 out of range for positional args tuple', str(e)
'{0} {}'.format(1, 2)
