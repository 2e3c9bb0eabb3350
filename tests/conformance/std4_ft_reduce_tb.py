from functools import reduce
def f(a, b):
    return a / b
reduce(f, [1, 2, 0])
