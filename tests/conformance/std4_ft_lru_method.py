from functools import lru_cache, cache
class Grid:
    def __init__(self, n):
        self.n = n
        self.calls = 0
    @lru_cache(maxsize=None)
    def paths(self, i, j):
        self.calls += 1
        if i == self.n or j == self.n:
            return 1
        return self.paths(i + 1, j) + self.paths(i, j + 1)
    @cache
    def depth(self, k):
        return 0 if k == 0 else 1 + self.depth(k - 1)
g = Grid(200)
print(g.paths(0, 0) % 10**9, g.calls, Grid.paths.cache_info().currsize)
print(g.depth(700))
h = Grid(3)
print(h.paths(0, 0), h.calls, Grid.paths.cache_info().hits > 0)
class S:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self is o
    @cache
    def fact(self, n):
        return 1 if n <= 1 else n * self.fact(n - 1)
s = S()
print(s.fact(500) % 1000003, S.fact.cache_info().misses)
print(S.fact(s, 3), Grid.depth.__wrapped__(g, 0))
