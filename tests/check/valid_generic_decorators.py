# stubs: crm.pyi
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@logged
def double(x: int) -> int:
    return x * 2

print(double(21), double("ab", extra=1))
