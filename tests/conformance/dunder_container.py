class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} out of range")
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()

g = Grid(2, 3)
g[0, 1] = 5
print(len(g), g[0, 1], g[1, 1], 5 in g, 6 in g, 6 not in g, bool(g))
del g[0, 1]
print(g[0, 1], 5 in g)
try:
    g[5, 5]
except IndexError as e:
    print(e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError", e)

class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty(), len(Empty()))

class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print(e)

class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print(e)

class NoItems:
    pass
for op in ("get", "set", "del"):
    try:
        if op == "get":
            NoItems()[0]
        elif op == "set":
            NoItems()[0] = 1
        else:
            del NoItems()[0]
    except TypeError as e:
        print(e)
