def decorator(fn):
    def wrapper(*args):
        print("calling", fn.__name__)
        return fn(*args)
    return wrapper

@decorator
def divide(a, b):
    return a / b

print(divide(6, 3))
divide(1, 0)
