from functools import cmp_to_key, total_ordering
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(cmp)))
print(sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda x, y: len(y) - len(x))))
K = cmp_to_key(cmp)
print(K(1) < K(2), K(2) <= K(2), K(3) == K(3), K(3) != K(3), K(1) > K(2), K(1).obj)
try:
    K(1) < 5
except TypeError as e:
    print(e)
try:
    hash(K(1))
except TypeError as e:
    print(e)
print(max([4, 9, 2], key=cmp_to_key(cmp)))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= V(1), a >= V(1))
print(sorted([V(3), V(1), V(2)], key=lambda x: x.v)[0].v, max(V(3), V(5)).v)
@total_ordering
class G:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(G(1) < G(2), G(1) <= G(1), G(2) >= G(3))
@total_ordering
class N:
    def __lt__(self, o):
        if not isinstance(o, N):
            return NotImplemented
        return True
try:
    N() > 3
except TypeError as e:
    print(e)
try:
    @total_ordering
    class Bad:
        pass
except ValueError as e:
    print(e)
