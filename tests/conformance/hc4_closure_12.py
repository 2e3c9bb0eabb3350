def gen_adders():
    for i in range(3):
        def add(x, i=i):
            return x + i
        yield add

adders = list(gen_adders())
assert [a(10) for a in adders] == [10, 11, 12]
def make_multipliers():
    return [lambda x, m=m: x * m for m in (2, 3, 4)]
print([f(5) for f in make_multipliers()])
def nested_default(a, b=[]):
    b.append(a)
    return b
nested_default(1)
assert nested_default(2) == [1, 2]
