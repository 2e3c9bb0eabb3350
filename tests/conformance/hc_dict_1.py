d = {"b": 2, "a": 1}
d["c"] = 3
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("z"), d.get("z", 0), "a" in d, 2 in d, len(d))
print(d.pop("b"), d, d.pop("zz", "dflt"))
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"a": 10}, x=5)
d.update([("y", 6)])
print(d)
print(d.popitem(), d)
del d["a"]
print(d, sorted(d))
