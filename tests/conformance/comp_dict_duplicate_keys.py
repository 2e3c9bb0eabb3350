words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: w for w in words}
print(by_letter)
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print(counts)
groups = {c: [w for w in words if w[0] == c] for c in "abc"}
groups
