a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[::2], a[1::3])
print(a[-3:], a[:-7], a[-5:-2], a[::-1], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[::-3])
b = a[:]
b[2:5] = ["x"]
print(b)
b[::2] = [0] * len(b[::2])
print(b)
del b[1:3]
print(b)
c = [1, 2, 3]
c[len(c):] = [4, 5]
c[:0] = [-1, 0]
print(c)
s = "hello world"
print(s[::-1], s[6:], s[-5:-1], s[1:10:3])
print(a[slice(1, 8, 3)])
