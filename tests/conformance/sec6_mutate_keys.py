import heapq, bisect, functools, itertools
def probe(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
L = [3, 1, 2]
probe("sort-key-pop", lambda: (L.sort(key=L.pop), L)[1])
L = [3, 1, 2]
probe("sort-key-append", lambda: (L.sort(key=L.append), L)[1])
L = [3, 1, 2]
probe("sort-key-remove", lambda: (L.sort(key=L.remove), L)[1])
L = [3, 1, 2]
probe("sort-key-index", lambda: (L.sort(key=L.index), L)[1])
L = [3, 1, 2]
probe("sorted-key-pop", lambda: (sorted(L, key=L.pop), L))
L = [3, 1, 2]
probe("min-key-pop", lambda: (min(L, key=L.pop), L))
L = [3, 1, 2, 0, 5]
probe("max-key-remove", lambda: (max(L, key=L.remove), L))
L = [3, 1, 2, 0, 5]
probe("max-key-clear", lambda: (max(L, key=lambda x, c=L.clear: c()), L))
L = [3, 1, 2]
probe("map-pop", lambda: (list(map(L.pop, [0, 0, 0, 0])), L))
L = [3, 1, 2]
probe("filter-remove", lambda: (list(filter(L.remove, L)), L))
L = [3, 1, 2]
probe("sort-key-sort", lambda: (L.sort(key=functools.partial(L.sort)), L))
D = {1: 1, 2: 2}
probe("sorted-dict-key-pop", lambda: sorted(D, key=D.pop))
D = {1: 1, 2: 2}
probe("min-dict-key-pop", lambda: min(D, key=D.pop))
S = {1, 2, 3}
probe("max-set-key-discard", lambda: max(S, key=S.discard))
L = [1, 2, 3]
probe("bisect-key-pop", lambda: bisect.bisect(L, 2, key=lambda x: L.pop() if L else 0))
L = [5, 1, 3]
probe("heap-key-nsmallest", lambda: heapq.nsmallest(2, L, key=L.index))
L = [1, 2, 3]
probe("reduce-pop", lambda: functools.reduce(lambda a, b: L.pop(), L))
L = [1, 2, 3]
probe("accumulate-append", lambda: list(itertools.islice(itertools.accumulate(L, lambda a, b: L.append(b) or a), 10)))
L = [1, 2, 3]
probe("starmap-ext", lambda: list(itertools.islice(itertools.starmap(lambda *a: L.extend(a), [L[:], L[:]]), 5)))
L = [1, 2, 3]
probe("enumerate-pop", lambda: [(i, L.pop()) for i, x in enumerate(L)])
L = [[1], [2], [3]]
probe("sort-nested-key-clear", lambda: sorted(L, key=lambda x: (x.clear(), L.clear(), x)[2]))
L = [3, 2, 1]
def gk():
    while True:
        x = yield
        L.clear()
g = gk(); next(g)
probe("sort-key-gen-send", lambda: (L.sort(key=g.send), L)[1])
L = [3, 2, 1]
probe("sort-key-iter-next", lambda: (L.sort(key=lambda x, it=iter(L): next(it)), L)[1])
L = [3, 2, 1]
probe("sort-key-stopiter", lambda: L.sort(key=lambda x: next(iter([]))))
L = list(range(20))
probe("sort-reverse-obj", lambda: L.sort(reverse=type("R", (), {"__index__": lambda s: L.clear() or 1})()))
print(L)
L = list(range(5))
probe("sort-reverse-bool", lambda: L.sort(reverse=type("R", (), {"__bool__": lambda s: L.clear() or True})()))
print(L)
L = list(range(5))
probe("sorted-key-type", lambda: sorted(L, key=type))
