# === text statistics ===
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(',').lower() for w in text.split()]
assert len(words) == 24, len(words)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top3 = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
assert top3 == [('it', 4), ('was', 4), ('of', 4)] or top3 == [('it', 4), ('of', 4), ('the', 4)], top3
lines = text.splitlines()
assert len(lines) == 2, 'lines'
longest = max(words, key=len)
assert longest == 'foolishness', longest
avg = sum(map(len, words)) / len(words)
round(avg, 3)
