class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k)

d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, len({Key(1), Key(1), Key(2)}))

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(1 == 1) else "no", not Flag(False))
print([f.on for f in [Flag(True), Flag(False)] if f])

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return x + self.n * times
add = Adder(10)
print(add(1), add(1, times=3), callable(add), callable(Key(1)), list(map(add, [1, 2])))

class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
try:
    Key(1)()
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()], range(5)[Idx()])
