d = {}
d[(1, 2)] = "tuple"
d[frozenset({1})] = "fs"
d[None] = "none"
d[1.5] = "float"
d["1"] = "str"
d[1] = "int"
d[True] = "bool overwrites int"
print(d, len(d))
print(d[1], d[1.0], d[(1, 2)])
e = {"a": 1, "b": 2}
f = {"b": 2, "a": 1}
print(e == f, list(e) == list(f), str(e) == str(f))
g = dict.fromkeys(range(3))
g.update(zip("xy", (1, 2)))
print(g, g.get(0), g.get("x"))
print({**e, "c": 3}, dict(e, **{"d": 4}))
print(sorted(d.keys(), key=str))
