# function attributes and introspection
def f(a, b=2, *args, c, d=4, **kw):
    """Docstring here."""
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount if hasattr(f, "__code__") else "no code")
g = lambda: 0
print(g.__name__, g.__doc__, type(f).__name__)
f.custom = "attr"
f.custom
