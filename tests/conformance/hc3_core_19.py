from collections import Counter
text = "It was the best of times, it was the worst of times."
words = [w.strip(".,").lower() for w in text.split()]
c = Counter(words)
print(c.most_common(3))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(c["times"], c["nope"], len(c), sum(c.values()))
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(2), "".join(sorted(letters))[:10])
