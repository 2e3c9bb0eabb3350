lst = [1, 2, 3, 4]
for x in lst:
    if x % 2 == 0:
        lst.remove(x)
print(lst)
m = [1, 2, 3]
for i, v in enumerate(m):
    m[i] = v * v
print(m)
q = [0]
for v in q:
    if v < 3:
        q.append(v + 1)
print(q)
