# list equality with recursion-safe repr
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
d = {"self": None}
d["self"] = d
print(d)
b = [a, a]
print(repr(b)[:20])
a == a
