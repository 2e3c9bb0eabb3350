# immediately invoked and nested lambdas
add = lambda x: lambda y: x + y
print(add(2)(3), list(map(add(10), range(3))))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *a: sum(a))(1, 2, 3), (lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(sorted(["b10", "a2", "b2"], key=lambda s: (s[0], int(s[1:]))))
(lambda x: x)()
