# === dict repr ===
d = {'a': [1, 2], 'b': {'c': None}, 3: (4,), 'q': "it's"}
assert repr(d) == "{'a': [1, 2], 'b': {'c': None}, 3: (4,), 'q': \"it's\"}", repr(d)
r = {}
r['self'] = r
assert repr(r) == "{'self': {...}}", repr(r)
assert str({}) == '{}', 'empty'
d
