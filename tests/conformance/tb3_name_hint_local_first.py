def total(values):
    totl = 0
    for v in values:
        total_ += v
    return totl
total([1])
