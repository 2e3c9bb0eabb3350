a = list(range(10))
a[::2] = [0, 0, 0, 0, 0]
print(a)
a[1:3] = "ab"
print(a)
a[::3] = [1, 2]
