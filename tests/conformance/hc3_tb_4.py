import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper
@deco
def explode(x):
    raise ValueError(f"explode {x}")
explode(3)
