print([(a, b) for a in "xy" for b in (1, 2) if (a, b) != ("y", 1)])
data = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 2}]
print([d["n"] for d in sorted(data, key=lambda d: d["v"])])
print({d["n"]: d["v"] for d in data if d["v"] > 1})
print([i for i in range(5)][::-1])
print([len(s) for s in "a bb ccc".split()])
print([c for c in "hello" if c not in "aeiou"])
def make():
    y = 10
    return [y + i for i in range(3)]
make()
