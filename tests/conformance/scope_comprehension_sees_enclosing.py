def f():
    base = 10
    items = [1, 2, 3]
    return [base + i for i in items], {i: base for i in items}
print(f())
g_var = "G"
def uses_global():
    return [g_var + str(i) for i in range(2)]
print(uses_global())
def nested():
    m = 2
    return [[m * i * j for j in range(3)] for i in range(2)]
nested()
