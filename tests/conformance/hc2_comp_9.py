# comprehension referencing enclosing function variables
def make(n):
    scale = 2
    inner = [[scale * i * j for j in range(n)] for i in range(n)]
    fns = [lambda v, k=k: v * k * scale for k in range(n)]
    return inner, [f(1) for f in fns]
print(make(3))
def g():
    items = [1, 2]
    return {k: [x + k for x in items] for k in range(2)}
g()
