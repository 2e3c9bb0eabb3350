# === closures capture variables, not values ===
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
assert [f(10) for f in make_adders()] == [12, 12, 12], 'late binding'
def make_adders_fixed():
    return [lambda x, i=i: x + i for i in range(3)]
assert [f(10) for f in make_adders_fixed()] == [10, 11, 12], 'default binding'
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
c1(); c1()
assert c1() == 3 and c2() == 1, 'independent'
assert c1.__closure__ is not None if hasattr(c1, '__closure__') else True, 'closure'
c1.__name__
