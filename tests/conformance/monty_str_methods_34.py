# === str is immutable ===
s = 'hello'
try:
    s[0] = 'H'
except TypeError as e:
    assert str(e) == "'str' object does not support item assignment", str(e)
try:
    del s[0]
except TypeError as e:
    assert str(e) == "'str' object doesn't support item deletion", str(e)
t = s
s += '!'
assert t == 'hello' and s == 'hello!', 'new object'
s.foo = 1
