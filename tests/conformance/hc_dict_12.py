d = {"one": 1, "two": 2, "three": 3}
keys = d.keys()
vals = d.values()
items = d.items()
print(keys, vals, items)
print(len(keys), "one" in keys, 2 in vals, ("two", 2) in items, ("two", 3) in items)
print(keys & {"one", "four"}, keys | {"four"} == {"one", "two", "three", "four"}, keys - {"one"} == {"two", "three"})
print(items & {("one", 1)}, list(zip(keys, vals)))
d["four"] = 4
print(list(keys)[-1], list(vals)[-1], len(items))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True)[:2])
print(dict(sorted(d.items())), dict(reversed(list(d.items()))))
print({k: v for k, v in d.items() if v % 2 == 0}, sum(d.values()), max(d, key=len))
