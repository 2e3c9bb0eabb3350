a = [1, 2]
b = a
a += (3, 4)
a += 'xy'
a += range(2)
a += {9: 0}
print(a, a is b)
c = [1, 2]
d = c
c *= 3
print(c, d is c)
c *= 0
print(c, d)
e = [1]
e *= -5
print(e)
try:
    a += 5
except TypeError as ex:
    print(ex)
try:
    a *= 'x'
except TypeError as ex:
    print(ex)
f = [[0] * 2] * 2
f[0][0] = 1
print(f)
