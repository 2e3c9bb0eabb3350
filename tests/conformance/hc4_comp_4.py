names = ["alice", "Bob", "carol", "Dave"]
upper = [n.upper() if n[0].islower() else n for n in names]
nested = [[c for c in n if c in "aeiou"] for n in names]
index = {n.lower(): i for i, n in enumerate(names, 1)}
print(upper, nested, index)
inverted = {v: k for k, v in index.items()}
print(inverted)
print([(i, n) for i, n in enumerate(names) if i % 2 == 0])
print({len(n) for n in names}, frozenset(n[0].lower() for n in names) == {"a", "b", "c", "d"})
[n.missing for n in names]
