# dict methods
d = {"a": 1, "b": 2}
d["c"] = 3
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(d.pop("a"), d.pop("z", "dflt"), d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys(["p", "q"], 0), d.copy() == d, len(d), "x" in d, 1 in d)
d.pop("nope")
