# === lambdas ===
square = lambda x: x * x
assert square(4) == 16, 'basic'
add = lambda a, b=2, *args, **kw: a + b + sum(args) + sum(kw.values())
assert add(1) == 3 and add(1, 1, 1, x=1) == 4, 'params'
assert (lambda: 'nothing')() == 'nothing', 'no args'
assert (lambda *a: a)(1, 2) == (1, 2), 'varargs'
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
assert inc_then_double(3) == 8, 'compose'
assert square.__name__ == '<lambda>', square.__name__
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b}
assert ops['-'](5, 3) == 2, 'dispatch'
assert sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)) == ['ccc', 'bb', 'a'], 'key'
(lambda x: x)()
