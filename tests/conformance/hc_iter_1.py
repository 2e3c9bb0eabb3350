it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
r = iter(range(3))
for x in r:
    if x == 1:
        break
print(list(r))
e = enumerate("ab")
print(next(e), next(e))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
m = map(str, [1, 2])
print(list(m), list(m))
f = filter(None, [0, 1])
print(type(f).__name__, list(f))
d = {"a": 1}
di = iter(d.items())
print(next(di))
s = iter("x")
next(s)
next(s)
