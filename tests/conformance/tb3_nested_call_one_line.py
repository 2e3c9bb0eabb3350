def a(x):
    return int(x)
def b(x):
    return a(x) + 1
print(str(b("q")))
