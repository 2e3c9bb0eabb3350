# closures capturing loop variables in nested functions and cells
def make_multipliers():
    result = []
    for k in (2, 3):
        def mul(x, k=k):
            return x * k
        result.append(mul)
    return result
print([m(5) for m in make_multipliers()])
def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
acc(1); acc(2)
acc(3)
