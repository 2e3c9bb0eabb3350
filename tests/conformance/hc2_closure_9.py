# nonlocal syntax edge: nonlocal in nested function modifying list vs rebinding
def f():
    items = []
    count = 0
    def add(x):
        items.append(x)
        nonlocal count
        count += 1
    for c in "abc":
        add(c)
    return items, count
print(f())
def g():
    x = 1
    def h():
        x = 2
        return x
    h()
    return x
g()
