# function decorators with functools-free wraps
def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        r = fn(*args, **kwargs)
        print(f"ret {r}")
        return r
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
@trace
def add(a, b):
    """adds"""
    return a + b
add(2, 3)
print(add.__name__, add.__doc__)
@trace
@trace
def ident(x):
    return x
ident(7)
