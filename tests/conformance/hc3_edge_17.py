d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d2 = {(1, 2): "t", frozenset({1}): "f", None: "n", "": "e"}
print(d2[(1, 2)], d2[frozenset([1])], d2[None], d2[""])
print({0: "a", 0.0: "b", False: "c"}, {-0.0: 1}, {float("nan"): 1})
print(list({"b": 1, "a": 2}.keys()), dict(a=1) == {"a": 1}, {1: 2} == {1: 2.0})
