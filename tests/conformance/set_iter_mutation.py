s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(e)
print(sorted(s))
t = {1, 2}
for k in t:
    t.discard(k)
    t.add(k + 10)
print(t)
u = {1, 2, 3}
it = iter(u)
u.add(99)
for label in ('first', 'second'):
    try:
        next(it)
    except RuntimeError as e:
        print(label, e)
v = {4, 5}
it2 = iter(v)
print(next(it2))
v.discard(5)
v.add(6)
print(list(it2))
