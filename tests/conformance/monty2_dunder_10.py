# __setitem__/__delitem__ and __missing__ on a dict subclass
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        r, c = key
        self.cells[(r, c)] = value
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __delitem__(self, key):
        del self.cells[key]

g = Grid()
g[0, 1] = "x"
g[1, 1] = "o"
assert g[0, 1] == "x" and g[2, 2] == "."
del g[0, 1]
assert g[0, 1] == "."

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
c["a"] += 1
c["a"] += 1
c["b"] += 1
assert c == {"a": 2, "b": 1}
assert c["zzz"] == 0 and "zzz" not in c
print(sorted(c.items()))
del g[5, 5]
