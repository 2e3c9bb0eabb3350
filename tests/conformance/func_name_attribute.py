def outer():
    def inner():
        pass
    return inner
print(outer.__name__, outer().__name__, outer().__qualname__)
print((lambda: 0).__name__)
print(len.__name__, print.__name__, sorted.__name__)
def f():
    "Doc here."
print(f.__doc__, f.__module__)
print(__name__)
f.__name__ = "renamed"
f.__name__
