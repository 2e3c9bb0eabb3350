# dict equality, keys of mixed hashable types
d = {1: "int", 1.0: "float", True: "bool", (1,): "tuple", None: "none", "1": "str"}
print(d, len(d))
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 2.0}, {} == dict())
print(d[1], d.get(True), d[(1,)], frozenset([1]) in {frozenset([1]): 0})
d[[1]]
