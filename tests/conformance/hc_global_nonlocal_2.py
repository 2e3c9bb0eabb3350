x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    a = 1
    def h():
        nonlocal a
        a += 1
        def k():
            nonlocal a
            a *= 10
        k()
    h()
    return a
print(g())
