d = dict(a=1, b=2)
e = dict([("a", 1), ("b", 2)])
print(d == e, d is e, dict(zip("xy", [1, 2])), dict(d, c=3), dict())
print(d | {"c": 3}, {"a": 0} | d)
d |= {"z": 26}
print(d)
print(repr({}), repr({1: {2: {3: []}}}), {(1, 2): "t", None: 0, 1.5: "f", True: "bool"})
print({1: "int", 1.0: "float", True: "bool"})
keys = list(d)
for k in keys:
    if d[k] % 2:
        del d[k]
d
