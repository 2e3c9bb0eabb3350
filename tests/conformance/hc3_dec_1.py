import functools
def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"calling {fn.__name__}({', '.join(parts)})")
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} returned {result!r}")
        return result
    return wrapper
@log_calls
def greet(name, punct="!"):
    """Say hi."""
    return f"hi {name}{punct}"
greet("ann")
greet("bob", punct="?")
print(greet.__name__, greet.__doc__, greet.__wrapped__("x"))
