def f(a, b, /, **kw):
    return a, b, kw
print(f(1, 2, a=3))
def g(a, b, /):
    return a + b
try:
    g(a=1, b=2)
except Exception as e:
    print(type(e).__name__ + ":", e)
