nums = [1, 2, 3]
it = iter(nums)
print(next(it), list(it), list(it))
d = {"a": 1}
ki = iter(d)
print(next(ki))
d["b"] = 2
next(ki)
