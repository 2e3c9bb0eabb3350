def make_multipliers():
    result = []
    for i in range(1, 4):
        def mul(x, i=i):
            return x * i
        result.append(mul)
    return result
print([m(10) for m in make_multipliers()])
def make_via_factory():
    def factory(i):
        return lambda x: x * i
    return [factory(i) for i in range(1, 4)]
print([m(10) for m in make_via_factory()])
def make_late():
    return [lambda x: x * i for i in range(1, 4)]
print([m(10) for m in make_late()])
