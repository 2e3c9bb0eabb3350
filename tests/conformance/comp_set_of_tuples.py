pairs = {(a, b) for a in range(3) for b in range(3) if a != b}
print(len(pairs), (0, 1) in pairs, (1, 1) in pairs)
print(sorted(pairs))
unique_lengths = sorted({len(s) for s in ["a", "bb", "cc", "ddd"]})
print(unique_lengths)
frozen = frozenset(x % 4 for x in range(10))
print(sorted(frozen))
