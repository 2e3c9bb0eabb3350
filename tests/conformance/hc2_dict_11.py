# dict with None values vs missing
d = {"a": None}
print(d.get("a", "dflt"), d.get("b", "dflt"), "a" in d, d.pop("a", 1), d)
d2 = dict(zip("abc", range(3)))
print(d2, dict([("x", 1), ["y", 2]]), dict(a=1) == {"a": 1})
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(e)
dict([1, 2])
