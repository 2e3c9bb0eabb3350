def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper
@logged
def add(a, b=0):
    return a + b
add(2, b=3)
print(add.__name__)
def repeat(times):
    def deco(fn):
        def inner(x):
            for _ in range(times):
                x = fn(x)
            return x
        return inner
    return deco
@repeat(3)
def double(x):
    return x * 2
print(double(1))
def tag(name):
    return lambda fn: lambda *a: "<%s>%s</%s>" % (name, fn(*a), name)
@tag("b")
@tag("i")
def text(s):
    return s.upper()
text("hi")
