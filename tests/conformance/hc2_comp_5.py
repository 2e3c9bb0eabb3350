# generator expression laziness and exhaustion
calls = []
def noisy(x):
    calls.append(x)
    return x
g = (noisy(x) for x in range(5))
print(calls, next(g), calls, list(g), calls)
print(list(g), sum(x for x in []), max((x for x in range(3)), default=-1))
g2 = (1 / x for x in [1, 0])
print(next(g2))
next(g2)
