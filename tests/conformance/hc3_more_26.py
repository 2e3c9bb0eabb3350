def make_multipliers():
    return [lambda x, n=n: x * n for n in range(1, 4)]
print([m(10) for m in make_multipliers()])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f):
    def outer(a):
        def inner(b):
            return f(a, b)
        return inner
    return outer
print(curry(pow)(2)(10), curry(max)(3)(9))
print(inc.__name__, compose.__name__, compose(inc).__qualname__)
