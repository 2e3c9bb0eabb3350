# === words and counting ===
text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
assert counts == {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1}, counts
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
assert top[0] == ('the', 3), top
assert [w for w, c in top if c == 1] == ['bat', 'cat', 'hat'], top
' '.join(w.capitalize() for w in text.split()[:3])
