# lambda closures and default evaluation time
n = 10
f = lambda x, m=n: x + m
n = 20
g = lambda x: x + n
print(f(1), g(1))
n = 30
print(f(1), g(1))
compose = lambda *fs: lambda x: [x := fn(x) for fn in fs][-1]
print(compose(lambda v: v + 1, lambda v: v * 2)(5))
(lambda: undefined_thing)()
