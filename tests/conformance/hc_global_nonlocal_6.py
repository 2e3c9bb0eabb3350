x = 1
def f():
    global x
    del x
f()
try:
    x
except NameError as e:
    print(e)
def g():
    global y
    y = "made"
g()
print(y)
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 1
            return v
        return inner
    return mid()
inner = outer()
print(inner(), inner())
def h():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(3):
        bump()
    return count
h()
