def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

# list.sort key mutates the list
L = list(range(10))
def k1(x):
    L.append(x); L.clear()
    return x
probe("sort-key-mutate", lambda: (L.sort(key=k1), L)[1])

class Cmp:
    def __init__(self, v, L): self.v = v; self.L = L
    def __lt__(self, o):
        self.L.clear(); self.L.extend(range(50))
        return self.v < o.v
    def __repr__(self): return "C%d" % self.v
M = []
M.extend(Cmp(i, M) for i in (5, 3, 8, 1))
probe("sort-lt-mutate", lambda: M.sort())
print(len(M))

N = []
N.extend(Cmp(i, N) for i in (5, 3, 8, 1))
probe("sorted-lt-mutate", lambda: sorted(N))
probe("min-lt-mutate", lambda: min(N))
probe("max-lt-mutate", lambda: max(N))

def kraise(x):
    if x == 3: raise ValueError("k3")
    return -x
P = [5, 4, 3, 2, 1]
probe("sort-key-raise", lambda: P.sort(key=kraise))
print(P)
probe("sorted-key-raise", lambda: sorted(P, key=kraise))

class LtRaise:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2: raise KeyError("lt")
        return self.v < o.v
    def __repr__(self): return "R%d" % self.v
Q = [LtRaise(i) for i in (4, 2, 3, 1, 5)]
probe("sort-lt-raise", lambda: Q.sort())
print(Q)

# key that sorts the list itself
S = [3, 1, 2]
def k2(x):
    S.sort()
    return x
probe("sort-key-sorts", lambda: S.sort(key=k2))
print(S)
# key that appends during sorted() of a copy
T = [3, 1, 2]
def k3(x):
    T.append(x)
    return x
probe("sorted-key-append", lambda: sorted(T, key=k3))
print(T)
# min/max key mutating
U = [3, 1, 2]
def k4(x):
    U.clear()
    return x
probe("min-key-clear", lambda: min(U, key=k4))
U = [3, 1, 2]
probe("max-key-clear", lambda: max(U, key=k4))
# reverse during sort
V = [3, 1, 2]
def k5(x):
    V.reverse(); V.insert(0, 9)
    return x
probe("sort-key-rev", lambda: V.sort(key=k5, reverse=True))
print(V)
dd = {1: 1, 2: 2}
def k6(x):
    dd[x + 10] = 0
    return x
probe("min-key-dict", lambda: min(dd, key=k6))
ss = {1, 2}
def k7(x):
    ss.add(x + 10)
    return x
probe("max-key-set", lambda: max(ss, key=k7))
W = [4, 5, 6]
def k8(x):
    if len(W) < 6: W.append(x - 10)
    return x
probe("min-key-grow", lambda: min(W, key=k8))
W = [4, 5, 6]
probe("min-key-default", lambda: min(W, key=k4, default=0))
