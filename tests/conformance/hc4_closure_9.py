def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run

inc = lambda x: x + 1
dbl = lambda x: x * 2
assert compose(inc, dbl)(5) == 11
assert compose(dbl, inc)(5) == 12
assert compose()(7) == 7
pipeline = compose(str, abs, inc)
print(repr(pipeline(-10)))
