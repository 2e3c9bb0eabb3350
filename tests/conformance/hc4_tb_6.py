def f(x):
    return g(x) + 1

def g(x):
    return h(x) * 2

def h(x):
    return x["value"]

f({"value": 3})
f([1, 2])
