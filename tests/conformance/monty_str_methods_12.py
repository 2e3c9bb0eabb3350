# === maketrans / translate ===
table = str.maketrans('abc', 'xyz')
assert 'aabbcc'.translate(table) == 'xxyyzz', 'translate'
table2 = str.maketrans({'a': 'A', 'b': None})
assert 'abc'.translate(table2) == 'Ac', 'translate dict'
table3 = str.maketrans('ab', 'cd', 'e')
assert 'abe'.translate(table3) == 'cd', 'deletechars'
assert table3 == {97: 99, 98: 100, 101: None}, 'table shape'
assert 'hello'.translate({ord('l'): 'L'}) == 'heLLo', 'ord keys'
try:
    str.maketrans('ab', 'c')
except ValueError as e:
    assert str(e) == 'the first two maketrans arguments must have equal length', str(e)
'abc'.translate({97: 'xyz'})
