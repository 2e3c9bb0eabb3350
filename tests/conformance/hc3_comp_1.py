words = ["apple", "bob", "kayak", "level", "python", "noon"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 3})
print({len(w) for w in words})
print([(w, i) for i, w in enumerate(words) if i % 2 == 0])
print([c for w in words[:2] for c in w])
print([[c.upper() for c in w] for w in words[:2]])
print([x if x % 2 else -x for x in range(6)])
print([y for x in range(4) if (y := x * x) > 2])
