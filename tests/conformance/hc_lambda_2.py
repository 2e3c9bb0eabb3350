fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
print(list(map(lambda x: x ** 2, filter(lambda x: x % 2, range(8)))))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
f = lambda n: 1 if n < 2 else n * f(n - 1)
print(f(10))
(lambda: undefined_var)()
