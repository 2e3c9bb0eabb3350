a = [1, 2, 3, 4, 5, 6]
a[1:3] = ["x"]
print(a)
a[::2] = [0, 0, 0]
print(a)
a[len(a):] = [7, 8]
del a[::3]
print(a, a * 2, [0] * 3, [[]] * 2)
b = [3, 1, 2]
print(sorted(b), b, b.sort(), b)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
[].pop()
