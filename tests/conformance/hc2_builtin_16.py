# globals and locals
x = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("x" in globals(), globals()["x"], type(globals()).__name__)
globals()["newvar"] = 99
print(newvar)
def g():
    l = locals()
    return l
g()
