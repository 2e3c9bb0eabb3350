pairs = [("a", 1), ("b", 2)]
print({k: v for k, v in pairs})
lists = [[1], [2]]
print({tuple(l): len(l) for l in lists})
try:
    print({l: 0 for l in lists})
except Exception as e:
    print(type(e).__name__ + ":", e)
