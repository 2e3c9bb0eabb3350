x = [3, 1, 2]
def key(v):
    x.append(v)
    return v
try:
    x.sort(key=key)
except ValueError as e:
    print(e, x)
y = [3, 1, 2]
def peek(v):
    print(len(y), y, end='; ')
    return -v
y.sort(key=peek)
print(y)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        z.clear()
        return self.v < other.v
    def __repr__(self):
        return 'C%d' % self.v
z = [Cmp(2), Cmp(1), Cmp(3)]
try:
    z.sort()
except ValueError as e:
    print(e, z)
print(z)
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
w = [Loud(v) for v in [4, 2, 5, 1, 3]]
w.sort()
print([o.v for o in w], calls)
