# list modified during sort and other runtime list errors
a = [3, 1, 2]
def key(x):
    a.append(x)
    return x
try:
    a.sort(key=key)
except ValueError as e:
    print(e)
print(len(a) >= 3)
b = [1, 2, 3]
print(b.pop(-1), b.pop(0), b)
b.remove(b)
