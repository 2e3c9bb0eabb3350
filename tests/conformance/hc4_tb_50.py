def a(n):
    return b(n) if n else c()

def b(n):
    return a(n - 1)

def c():
    return {}["end"]

a(3)
