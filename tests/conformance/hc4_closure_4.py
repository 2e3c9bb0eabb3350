def f():
    def g():
        return y
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return g()

assert f() == 5
def h():
    print(z)
    z = 3
try:
    h()
except UnboundLocalError as e:
    print(e)
