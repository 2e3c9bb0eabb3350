# UnboundLocalError
x = 10
def f():
    print(x)
    x = 5
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def g():
    def h():
        return y
    try:
        return h()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
g()
def k():
    x += 1
k()
