def config(**opts):
    print(type(opts).__name__)
    return sorted(opts.items())
print(config())
print(config(a=1, b=2))
print(config(**{"x": 10}, y=20))
def full(a, *args, key="k", **rest):
    return a, args, key, rest
print(full(1, 2, 3, key="z", extra=True, more=None))
print(full(a=0))
def passthrough(*args, **kwargs):
    return full(*args, **kwargs)
passthrough(9, 8, other=7)
