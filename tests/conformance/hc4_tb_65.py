def apply(fn, *args):
    return fn(*args)

apply(lambda a, b: a // b, 10, 2)
apply(lambda a, b: a // b, 10, 0)
