a = [1, 2, 3]
b = a[:]
a += [4]
print(a, b)
c = a
c = c + [5]
print(a, c)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
