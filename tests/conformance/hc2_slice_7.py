# del with slices and indices
a = list(range(12))
del a[0]
del a[-1]
del a[::3]
print(a)
del a[2:4]
print(a)
d = {"k": [1, 2, 3]}
del d["k"][1:]
print(d)
del a[100]
