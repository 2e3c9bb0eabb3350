def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return {"k": x}[x]
print(a("k") if False else "start")
a("z")
