# === nonlocal across levels ===
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'inner'
        inner()
        return x
    r = middle()
    return r, x
assert outer() == ('inner', 'inner'), outer()
def acc():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
a = acc()
a(1)
a(2)
assert a(3) == 6, 'list closure'
def bad():
    y = 1
    def g():
        print(y)
        y = 2
    g()
bad()
