def make_ops():
    ops = {}
    for name, fn in [("add", lambda a, b: a + b), ("mul", lambda a, b: a * b)]:
        ops[name] = fn
    def apply(op, *args):
        return ops[op](*args)
    return apply
apply = make_ops()
print(apply("add", 2, 3), apply("mul", 4, 5))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
inc_then_double(5)
