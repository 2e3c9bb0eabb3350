double = lambda x: x * 2
print(double(4))
print(list(map(double, [1, 2])))
add = lambda a, b: a + b
try:
    add(1)
except Exception as e:
    print(type(e).__name__ + ":", e)
