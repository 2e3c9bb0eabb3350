# stubs: search.pyi
counts: dict[str, int] = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
print(top[0][0], list(counts.keys()), list(counts.values()))
merged = counts | {"z": 0}
counts.update(z=1)
print(merged, counts.pop("z", None))
