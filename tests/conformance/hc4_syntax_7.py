import math
values = [1, 4, 9]
print(list(map(math.sqrt, values)))
square = lambda x: x ** 2
add = lambda *args, start=0: sum(args, start)
kw = lambda **kw: sorted(kw)
print(square(4), add(1, 2, 3), add(1, start=10), kw(b=1, a=2))
conditional = lambda n: "even" if n % 2 == 0 else "odd"
print([conditional(n) for n in range(4)])
nested = lambda x: (lambda y: x + y)
print(nested(1)(2))
print((lambda: (yield))  if False else "lambda generator skipped")
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: (t[0], t[1])))
