def outer(fn):
    return fn()

outer(lambda: {"a": 1}["b"])
