def outer():
    def inner(n):
        if n == 0:
            return undefined_name
        return inner(n - 1)
    return inner(3)
outer()
