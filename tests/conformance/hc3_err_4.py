def total(xs):
    return sum(xs)
total([1, "2", 3])
