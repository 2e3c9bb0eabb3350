def make():
    def inner():
        return value
    return inner

f = make()
f()
