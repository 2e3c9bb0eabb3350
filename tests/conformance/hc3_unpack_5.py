def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(b=1, a=2))
def f(x, y):
    return x - y
print(f(y=1, x=5))
pos_only(1, b=2, c=3, d=4)
