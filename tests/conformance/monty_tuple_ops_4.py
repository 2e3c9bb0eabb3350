# === tuple repr ===
assert repr((1,)) == '(1,)', 'single'
assert repr(()) == '()', 'empty'
assert repr((1, 'a', None)) == "(1, 'a', None)", 'mixed'
assert repr(((1, 2), (3,))) == '((1, 2), (3,))', 'nested'
assert str((1.5, True)) == '(1.5, True)', 'str'
t = 1, 2
assert type(t) is tuple, 'no parens'
(1, 2, [3, (4,)])
