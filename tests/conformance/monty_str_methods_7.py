# === replace ===
assert 'aaa'.replace('a', 'b') == 'bbb', 'replace all'
assert 'aaa'.replace('a', 'b', 2) == 'bba', 'replace count'
assert 'aaa'.replace('a', 'b', 0) == 'aaa', 'replace zero'
assert 'aaa'.replace('a', 'b', -1) == 'bbb', 'replace negative'
assert 'abc'.replace('', '-') == '-a-b-c-', 'replace empty'
assert 'abc'.replace('', '-', 2) == '-a-bc', 'replace empty count'
assert ''.replace('', 'x') == 'x', 'empty replace empty'
assert 'hello'.replace('l', '') == 'heo', 'delete'
assert 'abab'.replace('ab', 'ba') == 'baba', 'swap'
assert 'a.b.c'.replace('.', '', count=1) == 'ab.c', 'count kw'
'mississippi'.replace('ss', 'SS')
