a = 1
b = 2
def f():
    global a
    a = 10
    b = 20
    return a, b
print(f(), a, b)
def g():
    global fresh
    fresh = [a, b]
g()
print(fresh)
def h():
    return [a for _ in range(2)]
print(h())
