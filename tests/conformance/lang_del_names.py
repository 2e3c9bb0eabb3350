x = 1
y = [1, 2, 3, 4, 5]
d = {"a": 1, "b": 2}
del y[0]
del y[-1]
print(y)
del y[::2]
print(y)
del d["a"]
print(d)
a, b = 1, 2
del a, b
del x
print(x)
