d = {"a": 1, "b": 2}
d["c"] = 3
d.update({"a": 10}, d=4)
d.update([("e", 5)])
print(d, len(d), list(d), list(d.values()), list(d.items())[:2])
print(d.get("z"), d.get("z", 0), d.pop("e"), d.pop("zz", None), d.setdefault("f", 6), d)
print(d.popitem(), d)
k = d.keys()
d["new"] = 1
print(k, "new" in k, k & {"a", "x"}, sorted(k - {"a"}))
print({**d} == d, dict(sorted(d.items(), key=lambda kv: -kv[1])))
d.pop("missing")
