def compute(values):
    return [v ** 2 for v in values if v > 0] + sum(values) + \
        len(values)

compute([1, 2])
