it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
s = iter("ab")
print(next(s), list(s))
d = iter({"k": 1, "j": 2})
print(list(d))
r = iter(range(3))
print(iter(r) is r, list(r))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
next(iter([]), "fallback")
