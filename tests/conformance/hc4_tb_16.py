def outer():
    def inner():
        return undefined_name + 1
    return inner()

outer()
