# The VM's fast paths (perf5) must behave as the general paths do.
from collections import deque
import re

# list.index: ints, and items equal to ints without being ints
data = [5, 3.0, True, 7, "7", 2**70, -1]
print(data.index(3), data.index(1), data.index(7), data.index(2**70), data.index(-1.0))
try:
    data.index(8)
except ValueError as e:
    print(e)
print([1, 2, 3, 2].index(2, 2), [0] * 3 == [0, 0, 0])

class Eq:
    def __eq__(self, other):
        return other == 4
print([1, Eq(), 4].index(4), 4 in [Eq()])

# globals: store, load, delete and rebind through the cache
g = 1
def read():
    return g
for k in range(3):
    g = g + k
print(read(), g)
del g
try:
    read()
except NameError as e:
    print(e)
g = "back"
print(read())
globals()["g"] = 42
print(read(), g)

# method calls on types whose attributes come from a getattr slot
def gen():
    total = 0
    while True:
        v = yield total
        total += v
s = gen()
next(s)
print(s.send(3), s.send(4), s.gi_running, s.__name__)
print((255).bit_length(), (2.5).is_integer(), (5).real, (1.5).hex())
d = deque(maxlen=2)
d.append(1); d.append(2); d.append(3)
print(d, d.maxlen, d.count(2))
m = re.match(r"(a)(b)", "ab")
print(m.group(1), m.span(2), re.compile("x").sub("y", "axb"))
try:
    (1).nope()
except AttributeError as e:
    print(e)

# f(*t): a tuple, a tuple subclass, a list, and more around them
def args(*a, **k):
    return a, k
t = (1, 2)
class T(tuple):
    pass
print(args(*t), args(*T((3, 4))), args(*[5]), args(0, *t), args(*t, *t), args(*t, x=1))
print(args(*()), len(args(*tuple(range(20)))[0]))
try:
    args(*5)
except TypeError as e:
    print(e)

# strings built in a buffer: short, exactly at its inline size, and past it
for n in (0, 1, 63, 64, 65, 200):
    s = f"{'x' * n}{n:05d}"
    print(len(s), s[-7:], str(10 ** n)[-3:], len(repr(list(range(n)))))
print("%s-%d;" % ("é" * 70, 7), str(-9223372036854775808), str(2**64))

# float comparisons, NaN among them
nan = float("nan")
for x, y in ((1.5, 2.5), (2.5, 2.5), (nan, 1.0), (nan, nan), (-0.0, 0.0), (float("inf"), 1e308)):
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)

# a, b = b, a: the tuple is never built, the order of stores is kept
a, b, c = 1, 2, 3
a, b = b, a
a, b, c = c, a, b
print(a, b, c)
lst = [0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
p, q = (9, 8) if a else (7, 6)
r_ = None
s_, t_ = r_ or (4, 5)
print(p, q, s_, t_)
try:
    u, w = 1, 2, 3
except ValueError as e:
    print(e)
(x1, y1), z1 = (1, 2), 3
print(x1, y1, z1)
