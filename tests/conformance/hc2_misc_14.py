# text statistics
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""
words = [w.strip(",.").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(len(words), len(counts), top)
print(max(words, key=len), sum(len(w) for w in words) / len(words))
lines = text.splitlines()
[len(l.split()) for l in lines]
