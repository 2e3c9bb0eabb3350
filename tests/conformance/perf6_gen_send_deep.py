# A chain of generators, each resuming the next with send(), deeper than the recursion limit.
def leaf():
    v = yield
    while True:
        v = yield v + 1


def relay(sub):
    v = yield
    while True:
        v = yield sub.send(v)


def chain(n):
    g = leaf()
    next(g)
    for _ in range(n):
        g = relay(g)
        next(g)
    return g


print(chain(300).send(41))
top = chain(5000)
try:
    top.send(1)
except RecursionError as e:
    print("deep:", e)
