def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *bound, **kwbound):
    def call(*args, **kw):
        return fn(*bound, *args, **{**kwbound, **kw})
    return call
def volume(l, w, h=1):
    return l * w * h
print(partial(volume, 2)(3), partial(volume, 2, h=10)(3), partial(volume, h=2)(1, 1, h=5))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1))
print(list(map(compose(str, inc), [1, 2])))
