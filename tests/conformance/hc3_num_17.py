counts = [0] * 5
for x in [1, 3, 3, 4, 0, 3, 1]:
    counts[x] += 1
print(counts)
hist = "\n".join(f"{i}: {'#' * c}" for i, c in enumerate(counts))
print(hist)
print(counts.index(max(counts)), counts.count(1))
print(sum(i * c for i, c in enumerate(counts)) / sum(counts))
