def documented(a, b=1):
    """Add two numbers.

    Returns their sum.
    """
    return a + b
print(documented.__doc__)
print(documented.__name__, documented.__qualname__, documented.__defaults__)
def nodoc():
    x = "not a docstring"
    return x
print(nodoc.__doc__)
def wrapper():
    def inner():
        "inner doc"
    return inner
print(wrapper().__doc__, wrapper().__qualname__)
