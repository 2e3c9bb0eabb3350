# decorator using closure state
def count_calls(fn):
    def wrapper(*args, **kw):
        wrapper.calls += 1
        return fn(*args, **kw)
    wrapper.calls = 0
    return wrapper
@count_calls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)
def limit(n):
    def deco(fn):
        def w(*a):
            nonlocal n
            if n <= 0:
                raise RuntimeError(f"{fn.__name__} exhausted")
            n -= 1
            return fn(*a)
        return w
    return deco
@limit(2)
def ping():
    return "pong"
print(ping(), ping())
ping()
