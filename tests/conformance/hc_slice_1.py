s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:5], s[5:2], s[-1:-5:-1], s[::-3])
t = "abcdefgh"
print(t[1:-1], t[::-2], t[-2:], t[:100], t[3:1:-1])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1], range(10)[2:8:3], range(10)[::-1])
print(slice(1, 5, 2), s[slice(1, 5, 2)], slice(3).indices(10), slice(None, None, -1).indices(5))
