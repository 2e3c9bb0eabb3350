def outer():
    def inner():
        return y
    print(inner.__name__)
    r = inner()
    y = 5
    return r
outer()
