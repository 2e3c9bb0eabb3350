# count words, frequency without sets
text = "the quick brown fox jumps over the lazy dog the end"
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
print(max(text.split(), key=len), sorted(set(text.split()), key=lambda w: (len(w), w))[:4])
print(text.title()[:20], text.count("the"), text.rfind("the"))
{w: len(w) for w in text.split()[:4]}
