square = lambda x: x * x
print(square(7), square.__name__)
print((lambda: "no args")())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda x, y=10: x + y)(5))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
pairs = [(1, "b"), (2, "a"), (0, "c")]
print(sorted(pairs, key=lambda p: p[1]))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
curry(1)(2)(3)
