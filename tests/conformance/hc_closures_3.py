def accumulator():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    return add
acc = accumulator()
for v in [5, 10, -3]:
    r = acc(v)
print(r)
print(acc.__closure__ is not None, len(acc.__closure__))
print(acc.__name__, acc.__qualname__)
def f():
    x = 1
    def g():
        return x
    x = 2
    return g
f()()
