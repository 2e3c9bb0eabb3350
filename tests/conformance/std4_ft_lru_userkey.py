from functools import lru_cache
class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls += 1
        return hash(self.v) % 3
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
@lru_cache(maxsize=4)
def f(k, extra=0):
    return k.v * 2 + extra
print([f(Key(i % 6)) for i in range(20)])
print(f.cache_info())
print(f(Key(1), extra=5), f(Key(1), extra=5), f(Key(1), 5))
print(f.cache_info(), Key.calls > 0)
class Bad:
    def __hash__(self):
        raise RuntimeError("no hash")
try:
    f(Bad())
except RuntimeError as e:
    print("RuntimeError", e)
@lru_cache
def gen(n):
    yield from range(n)
g1 = gen(3)
print(list(g1), gen(3) is g1, list(gen(3)))
