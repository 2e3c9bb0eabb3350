# === in / not in ===
assert 'ell' in 'hello', 'in'
assert '' in 'abc', 'empty in'
assert '' in '', 'empty in empty'
assert 'xyz' not in 'hello', 'not in'
assert 'H' not in 'hello', 'case sensitive'
try:
    1 in 'abc'
except TypeError as e:
    assert str(e) == "'in <string>' requires string as left operand, not int", str(e)
['a' in w for w in ['cat', 'dog', 'bat']]
