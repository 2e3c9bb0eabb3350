# === list repr ===
a = [1, 'two', 3.0, None, True, [5], (6,), {'k': 7}]
assert repr(a) == "[1, 'two', 3.0, None, True, [5], (6,), {'k': 7}]", repr(a)
b = [1]
b.append(b)
assert repr(b) == '[1, [...]]', repr(b)
assert str([]) == '[]', 'empty'
assert repr(['a\nb']) == "['a\\nb']", 'escape'
b
