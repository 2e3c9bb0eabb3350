import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) + 1
    return wrapper
@deco
def add(a, b):
    """Add two numbers."""
    return a + b
add.extra = 1
print(add(1, 2), add.__name__, add.__doc__, add.__qualname__, add.__module__)
print(add.__wrapped__(1, 2))
def orig():
    pass
orig.tag = "x"
def w():
    "wdoc"
    pass
res = functools.update_wrapper(w, orig)
print(res is w, w.__name__, w.__doc__, w.tag, w.__wrapped__ is orig)
def nodoc():
    pass
def w2():
    "keep?"
functools.update_wrapper(w2, nodoc)
print(w2.__doc__)
def w3():
    pass
functools.update_wrapper(w3, orig, assigned=("__doc__",), updated=())
print(w3.__name__, hasattr(w3, "tag"))
class Deco:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
    def __call__(self, *a):
        return self.fn(*a)
@Deco
def hello(x):
    "hello doc"
    return "hi " + x
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__ is hello.fn)
def timed(label):
    def outer(fn):
        @functools.wraps(fn)
        def inner(*a, **k):
            return (label, fn(*a, **k))
        return inner
    return outer
@timed("T")
def mul(x, y):
    return x * y
print(mul(3, 4), mul.__name__)
