def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        freq[w] = freq.get(w, 0) + 1
    return freq
f = word_freq("The cat and the hat. The END, the end!")
print(f)
print(sorted(f, key=lambda w: (-f[w], w)))
nested = {}
for path in ["a/b/c", "a/b/d", "a/e"]:
    node = nested
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(nested)
print(str({"s": "q'uote"}), {"k": 1.0, "n": None, "t": (1,)})
