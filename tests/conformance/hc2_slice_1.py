# slicing with negative steps and out-of-range bounds
a = list(range(10))
print(a[::-1], a[8:2:-2], a[-1:-4:-1], a[2:8:-1], a[-100:100], a[5:-5], a[::-3])
print(a[10:], a[:-10], a[3::-1], a[:3:-1], a[-2::-4])
print("abcdef"[::-2], "abcdef"[-2:-6:-1], (1, 2, 3)[::-1], range(10)[::-2])
a[::0]
