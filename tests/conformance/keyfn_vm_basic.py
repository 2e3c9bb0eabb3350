xs = [3, 1, 2]
print(sorted(xs, key=lambda x: -x))
print(max(xs, key=lambda x: (x % 3, x)), min(5, 7, 2, key=lambda v: -v))
print(sorted((x * 2 for x in xs), key=lambda v: v % 4, reverse=True))
print(max([], key=len, default=9), max([], key=lambda s: s, default='d'))
def k(v):
    print("key", v)
    return v
print(sorted("cab", key=k))
print(min({'a': 3, 'b': 1}.items(), key=lambda kv: kv[1]))
try:
    sorted([1, 2], key=lambda v: 1 / 0)
except ZeroDivisionError as e:
    print("zde", e)
try:
    max([1, 2], key=lambda v: next(iter([])))
except StopIteration as e:
    print("stop", repr(e))
class P:
    def __init__(self, n): self.n = n
    def key(self, v): return abs(v - self.n)
print(min([1, 5, 9], key=P(6).key))
sorted([3, 2, 1], key=lambda v: [][v])
