def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

steps = [counter() for _ in range(3)]
for i, s in enumerate(steps):
    for _ in range(i + 1):
        s()
print([s() for s in steps])
cells = counter.__code__ if False else None
assert cells is None
def outer():
    a = 1
    def inner():
        return a
    a = 2
    return inner
assert outer()() == 2
