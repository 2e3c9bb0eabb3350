# dict views
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["e"] = 5
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k - {"a"}), sorted(k | {"q"}), k == {"a", "b", "c", "e"})
print(list(it)[-1], list(reversed(v)), isinstance(k, object))
d.keys()[0]
