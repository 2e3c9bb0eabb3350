# NameError suggestions
def compute(values):
    totl = 0
    for v in values:
        totl += v
    return total
compute([1, 2])
