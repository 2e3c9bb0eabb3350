a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
d = {}
d["k"] = e = d2 = 7
print(d, e, d2)
i = lst = None
lst = [0, 0, 0]
i = lst[i] = 2
print(i, lst)
p, q = r = (1, 2)
print(p, q, r)
