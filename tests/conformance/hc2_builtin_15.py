# iter/next on dict views and set during mutation
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print(e)
s = {1, 2}
it = iter(s)
s.add(3)
next(it)
