counts = {}
words = ["a", "b", "a", "c", "b", "a"]
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(items)
top, = [k for k, v in counts.items() if v == max(counts.values())]
print(top)
grouped = {}
for i, w in enumerate(words):
    grouped.setdefault(w, []).append(i)
print(grouped)
print(list(zip(*counts.items())))
print(dict(map(lambda kv: (kv[1], kv[0]), counts.items())))
print(min(counts, key=counts.get), max(counts.items(), key=lambda kv: kv[1]))
{v: k for k, v in counts.items()}
