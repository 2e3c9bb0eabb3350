l = list(range(10))
l[2:5] = ['a', 'b']
print(l)
l[:0] = [-1, -2]
print(l)
l[len(l):] = [99]
print(l)
l[1:3] = []
print(l)
l[::2] = 'X' * len(l[::2])
print(l)
l[::-3] = [0] * len(l[::-3])
print(l)
l[5:2] = ['in']
print(l)
m = [1, 2, 3]
m[:] = m
print(m)
m[::-1] = m
print(m)
m[1:2] = (7, 8, 9)
print(m)
m[0:1] = range(3)
print(m)
m[-2:] = {'k': 1}
print(m)
k = [1, 2, 3, 4]
try:
    k[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    k[0:1] = 5
except TypeError as e:
    print(e)
try:
    k[::2] = None
except TypeError as e:
    print(e)
print(k)
