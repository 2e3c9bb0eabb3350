# decorators that raise when applied
def requires_doc(fn):
    if not fn.__doc__:
        raise ValueError(f"{fn.__name__} needs a docstring")
    return fn
@requires_doc
def good():
    "I have docs"
    return 1
print(good())
@requires_doc
def bad():
    return 2
