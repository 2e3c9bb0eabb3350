# unpacking dicts and sets
d = {"a": 1, "b": 2}
k1, k2 = d
print(k1, k2)
(k1, v1), (k2, v2) = d.items()
print(k1, v1, k2, v2)
s = {7}
(only,) = s
print(only)
a, = [42]
print(a)
[*d]
