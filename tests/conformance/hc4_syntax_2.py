a = [0, 0]
a[0] = a[1] = 5
class O:
    pass
o = O()
o.items = [1, 2]
o.items[0] += 10
o.x, o.y = 1, 2
o.x, o.y = o.y, o.x
print(a, o.items, o.x, o.y)
def f(a, b):
    return *a, b
def g(xs):
    yield *xs, "end"
print(f([1, 2], 3), list(g("ab")))
for i, (first, *rest) in enumerate(["abc", "de"]):
    print(i, first, rest)
print(*(x * 2 for x in range(3)))
msg = ("implicit "
       "concatenation "
       f"with {len(a)} parts")
print(msg)
total = 1 + \
    2 + \
    3
x = 1; y = 2; print(total, x + y)
if x: print("single-line if")
