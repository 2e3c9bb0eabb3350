# === index types ===
s = 'abcdef'
assert s[True] == 'b', 'bool index'
assert s[-True] == 'f', 'negative bool'
try:
    s['1']
except TypeError as e:
    assert str(e) == 'string indices must be integers, not \'str\'', str(e)
try:
    s[1.0]
except TypeError as e:
    print(e)
s[None:2]
