def outer():
    def inner():
        return "inner"
    return inner
print(outer()(), outer().__qualname__)
def counter(start=0, step=1):
    n = start
    def nxt():
        nonlocal n
        v = n
        n += step
        return v
    return nxt
c = counter(10, 5)
print(c(), c(), c())
def returns_multiple():
    return 1, "two", [3]
a, b, c2 = returns_multiple()
print(a, b, c2, returns_multiple())
def no_return():
    pass
print(no_return())
def early(x):
    if x:
        return
    return "falsy"
[early(0), early(1)]
