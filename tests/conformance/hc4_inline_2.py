def inverses(values):
    result = tuple(1 / v for v in values)
    return result

print(inverses([1, 2]))
inverses([4, 0])
