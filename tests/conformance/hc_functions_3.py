def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        r = fn(*args, **kwargs)
        print("returned", r)
        return r
    return wrapper
@deco
def mul(a, b=1):
    return a * b
mul(3, b=4)
def repeat(n):
    def dec(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return dec
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("x"))
print(mul.__name__)
