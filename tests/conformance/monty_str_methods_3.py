# === split / rsplit ===
assert 'a,b,,c'.split(',') == ['a', 'b', '', 'c'], 'split keeps empties'
assert 'a b  c'.split() == ['a', 'b', 'c'], 'split whitespace'
assert '  a b  '.split(' ') == ['', '', 'a', 'b', '', ''], 'split single space'
assert 'a,b,c,d'.split(',', 2) == ['a', 'b', 'c,d'], 'maxsplit'
assert 'a,b,c,d'.rsplit(',', 2) == ['a,b', 'c', 'd'], 'rsplit maxsplit'
assert 'a b c'.split(maxsplit=1) == ['a', 'b c'], 'maxsplit kw'
assert '   '.split() == [], 'only whitespace'
assert ''.split(',') == [''], 'empty with sep'
assert ''.split() == [], 'empty no sep'
assert '  x  y  '.rsplit(None, 1) == ['  x', 'y'], 'rsplit none'
assert 'a,b'.split(',', -1) == ['a', 'b'], 'negative maxsplit'
assert 'a\x1cb\x1dc'.split() == ['a', 'b', 'c'], 'separator controls are whitespace'
'one two three'.rsplit(maxsplit=0)
