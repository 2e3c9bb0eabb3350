from collections import defaultdict
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["d"] = 2
def to_dict(d):
    return {k: to_dict(v) if isinstance(v, defaultdict) else v for k, v in d.items()}
print(to_dict(t))
dd = defaultdict(int)
for ch in "hello":
    dd[ch] += 1
print(dd)
print(dict(dd), dd["zz"], len(dd))
dl = defaultdict(list, {"x": [1]})
dl["y"].append(2)
print(dl, dl.default_factory)
