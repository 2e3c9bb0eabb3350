# in operator on various containers
print(1 in [1, 2], "a" in "cat", "ab" in "cab", 3 in range(5), 3 in range(0, 10, 2))
print("k" in {"k": 1}, 1 in {"k": 1}, (1, 2) in [(1, 2)], [1] in [[1]], None in [None])
print(1 in {1.0}, 1.0 in {1}, "" in "", "a" not in "", 2 in iter([1, 2]), 5 in (i * i for i in range(4)))
print(b"a" in b"abc", 97 in b"abc", 1 in frozenset([1]))
[] in {}
