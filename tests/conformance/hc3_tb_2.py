def square_all(xs):
    return [x ** 2 for x in xs]
print(square_all([1, 2]))
square_all([1, "a"])
