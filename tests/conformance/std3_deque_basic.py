# collections.deque: the methods, maxlen trimming, indexing, operators and repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], d.maxlen)
print(d.pop(), d.popleft(), d)
d.extend(range(4, 8))
d.extendleft("ab")
print(d)
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
d.reverse()
print(d)
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("x")
print(d, d.count(4), d.count("zz"), d.index(4), d.index(7, 2), d.index("y", -3, -1))
d[0] = "first"
d[-1] = "last"
del d[1]
del d[-2]
print(d, "y" in d, "nope" in d)
c = d.copy()
c.clear()
print(c, d == c, bool(c), bool(d))

# maxlen drops from the other end
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30, 31])
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))
print(deque(maxlen=2), deque(), deque([], None), deque("abc", maxlen=5))

# operators
e = deque([1, 2])
f = deque([3], maxlen=4)
print(e + f, f + e, e * 2, 3 * e, e * 0, e * -1)
print(f * 3)
e += [9, 8]
print(e)
e *= 2
print(e)
f *= 10
print(f)
g = deque([1, 2, 3], maxlen=3)
g += g
print(g)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([2, 1]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]))
print(deque([1, 2]) < deque([1, 2, 0]), deque([]) >= deque([]))

# iteration, unpacking and conversions
h = deque("hello")
print(list(h), tuple(h), sorted(h), list(reversed(h)), "".join(h))
a1, *rest = deque([1, 2, 3])
print(a1, rest, [x * 2 for x in deque(range(3))], sum(deque([1, 2, 3])))
print(max(deque([4, 7, 1])), set(deque([1, 1, 2])) == {1, 2}, dict.fromkeys(deque("ab")))

# nested and recursive reprs
n = deque()
n.append(n)
n.append([1, deque([2])])
print(n)
print(repr(deque(["a", 1.5, None])), str(deque([(1, 2)])))
print(type(deque()).__name__, isinstance(deque(), deque))
d2 = deque(x for x in range(5) if x % 2)
print(d2)
d2.extend(d2)
print(d2)
d2.extendleft(d2)
print(d2)
deque([1, 2, 3])
