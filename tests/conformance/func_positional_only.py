def div(a, b, /):
    return a / b
print(div(7, 2))
def mix(a, /, b, *, c):
    return a, b, c
print(mix(1, 2, c=3), mix(1, b=2, c=3))
def pos_kw(x, /, **kw):
    return x, kw
print(pos_kw(1, x=2))
def defaults(a, b=5, /, c=6):
    return a, b, c
print(defaults(1), defaults(1, 2), defaults(1, 2, c=3))
print(defaults(0, c=0))
