data = [5, -3, 2, -8, 0]
print(sorted(data), sorted(data, reverse=True))
print(sorted(data, key=abs), sorted(data, key=abs, reverse=True))
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=str.lower))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(sorted("hello"), sorted({3: "x", 1: "y"}), sorted((2, 1)))
stable = sorted([(1, "first"), (0, "x"), (1, "second")], key=lambda t: t[0])
print(stable)
print(data)
sorted([3.5, 1, True, -2.0])
