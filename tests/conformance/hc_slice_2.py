a = [0, 1, 2, 3, 4, 5]
a[2:4] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [9]
print(a)
del a[::3]
print(a)
b = a[:]
b.append(100)
print(a is b, a == b[:-1])
try:
    a[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
