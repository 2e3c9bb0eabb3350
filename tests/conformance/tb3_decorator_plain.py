def log(fn):
    def inner(*args):
        return fn(*args)
    return inner
@log
def div(a, b):
    return a / b
div(1, 0)
