# slice assignment on lists with different lengths
a = [1, 2, 3, 4, 5]
a[1:3] = []
print(a)
a[0:0] = "xy"
print(a)
a[-1:] = range(3)
print(a)
a[::-1] = a[:]
print(a)
a[::2] = [0]
