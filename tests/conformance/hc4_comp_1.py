matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [x for row in matrix for x in row if x % 2]
transposed = [[row[i] for row in matrix] for i in range(3)]
diag = {i: matrix[i][i] for i in range(3)}
pairs = {(a, b) for a in range(3) for b in range(a)}
print(flat, transposed, diag, sorted(pairs))
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
by_len = {}
for w in words:
    by_len.setdefault(len(w), []).append(w)
print(lengths, by_len)
print(sum(len(w) for w in words), max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w)))
