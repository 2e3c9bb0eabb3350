def apply(fn, v):
    return fn(v)
apply(lambda x: x.upper(), 5)
