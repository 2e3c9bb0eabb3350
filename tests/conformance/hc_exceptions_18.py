def divide(a, b):
    return a / b
results = [divide(10, x) for x in (5, 2, 0)]
