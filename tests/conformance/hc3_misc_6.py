d = {"a": 1}
print(d.get("b"), d.setdefault("b", []), d)
d["b"].append(1)
print(d, d.pop("zz", "default"), d.popitem(), d)
d2 = dict(a=1, b=2)
d3 = dict([("x", 1), ("y", 2)])
print(d2, d3, dict(zip("ab", range(2))), dict(d2, c=3))
print({**d2, **d3}, d2.keys() & {"a", "z"}, list(d2.items() - {("a", 1)}))
for k in list(d2):
    if d2[k] > 1:
        del d2[k]
print(d2)
{}.popitem()
