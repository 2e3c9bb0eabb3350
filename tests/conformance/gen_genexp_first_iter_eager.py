def source():
    print("source called")
    return [1, 2, 3]
g = (x * 2 for x in source())
print("generator built")
print(list(g))
data = None
try:
    g2 = (x for x in data)
except TypeError as e:
    print("eager:", e)
h = (y + undefined_name for y in [1])
print("lazy body")
next(h)
