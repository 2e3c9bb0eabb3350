d = {"a": 1, "é": 2, "😀": 3}
key = "".join(["é"])
print(d[key], d["a" + ""], "😀" in d, hash("x" * 3) == hash("xxx"), len({"a", "a", "b"}))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
d["missing"]
