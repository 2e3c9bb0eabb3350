add = lambda a, b=2: a + b
print(add(1), add(1, 5), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, x=2))
print(add.__name__, (lambda: 0).__name__)
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5), (lambda x: (lambda y: x * y))(3)(4))
curry = lambda a: lambda b: lambda c: a + b + c
curry(1)(2)(3)
