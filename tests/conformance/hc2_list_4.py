# list slicing assignment and deletion
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[::3] = [0, 0, 0]
print(a)
del a[1::2]
print(a)
a[1:1] = [7, 7]
print(a)
a[:] = []
print(a)
b = list(range(6))
b[::2] = [1, 2]
