s = list(range(10))
print(s[2:8:2], s[::-3], s[-2:], s[:-8], s[8:2:-2], s[100:], s[-100:-50], s[5:5])
print(s[slice(None, None, -1)][:3], "hello"[::-1], (1, 2, 3)[::2], range(10)[::-2])
s[2:5] = []
print(s)
s[:0] = [-1, -2]
print(s)
t = s[:]
t[0] = 100
print(s[0], t[0])
print(s[1:-1:0])
