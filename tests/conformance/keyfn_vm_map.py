def f(x):
    print("f", x)
    return x * 2
for y in map(f, [1, 2]):
    print("got", y)
print(list(map(f, (3, 4))), sum(map(f, [5])), sorted(map(lambda a, b: a - b, [5, 1], [1, 1])))
print(list(map(str, [1, 2])), [*map(f, [6])])
def stop(x):
    raise StopIteration
try:
    print(list(map(stop, [1])))
except StopIteration:
    print("stop escapes")
m = map(f, [7, 8])
print(next(m), list(m), list(m))
print(dict(map(lambda k: (k, len(k)), ["ab", "c"])), set(map(abs, [-1, 1])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
try:
    list(map(lambda a, b: a, [1, 2], [1], strict=True))
except ValueError as e:
    print(e)
for z in map(lambda v: 1 // v, [1, 0]):
    print(z)
