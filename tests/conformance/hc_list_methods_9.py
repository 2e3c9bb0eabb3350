a = [3, 1, 2]
b = sorted(a)
a.sort(reverse=True)
print(a, b)
a.extend(a)
print(a)
a[1:3] = []
print(a, a * 0, [a] * 2 == [a, a])
a[:] = "xyz"
print(a)
a[1] = a
print(a, len(a))
b.clear()
b += range(3)
b[-1:] = [9, 9]
print(b, b.pop(-3), b)
print([0] * 3 + [1] * 2, [[]] * 0)
del b[:]
b
