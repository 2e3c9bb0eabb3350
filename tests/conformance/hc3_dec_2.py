def repeat(times):
    def deco(fn):
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
def validate_positive(fn):
    def wrapper(x):
        if x <= 0:
            raise ValueError(f"{fn.__name__} needs positive, got {x}")
        return fn(x)
    return wrapper
@validate_positive
def root(x):
    return x ** 0.5
print(root(9))
root(-4)
