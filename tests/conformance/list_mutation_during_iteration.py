l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
    print(x, end=' ')
print(l)
m = [1, 2, 3]
for x in m:
    if len(m) < 6:
        m.append(x * 10)
print(m)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'))
n = [1]
it2 = iter(n)
print(list(it2))
n.append(2)
print(list(it2))
r = [1, 2, 3]
rev = reversed(r)
r.append(4)
print(list(rev))
