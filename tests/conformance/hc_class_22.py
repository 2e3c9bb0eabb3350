class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
    def __eq__(self, other):
        return self.n == other
c = Counter()
c(); c()
print(c.n, c == 2, c != 3)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        self.a = a
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithInit(1).method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    WithInit.a
except AttributeError as e:
    print(type(e).__name__, e)
