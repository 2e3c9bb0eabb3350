from collections import defaultdict
def invert(d):
    out = defaultdict(list)
    for k, v in d.items():
        out[v].append(k)
    return dict(out)
print(invert({"a": 1, "b": 2, "c": 1}))
counts = {}
for ch in "hello world":
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(max(counts.items(), key=lambda kv: kv[1]))
print(sorted(counts, key=lambda k: (-counts[k], k))[:3])
print({k: v for k, v in counts.items() if v > 1})
nested = {"a": {"x": 1}, "b": {"x": 2}}
print({k: v["x"] for k, v in nested.items()}, sum(v["x"] for v in nested.values()))
