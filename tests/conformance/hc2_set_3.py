# frozenset
f = frozenset([3, 1, 2, 1])
print(f, len(f), 2 in f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
d = {f: "key"}
print(d[frozenset({1, 2, 3})], frozenset() == set(), hash(frozenset()) == hash(frozenset()))
print(sorted(f.union({0})), f.issubset({1, 2, 3, 4}))
f.add(5)
