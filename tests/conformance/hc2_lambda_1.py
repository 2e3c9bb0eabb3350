# lambdas in sorting, map, filter
nums = [5, -3, 2, -8, 0]
print(sorted(nums, key=lambda n: (abs(n), n)), list(map(lambda n: n * n, nums)), list(filter(lambda n: n > 0, nums)))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
f = lambda *args, **kw: (args, kw)
print(f(1, 2, x=3), (lambda x=5: x)(), (lambda: None)(), f.__name__)
print(list(filter(None, [0, 1, "", "a", None, []])))
(lambda a, b: a / b)(1, 0)
