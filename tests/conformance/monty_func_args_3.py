# === **kwargs ordering and errors ===
def show(**kw):
    return list(kw.items())
assert show(b=1, a=2) == [('b', 1), ('a', 2)], 'order kept'
assert show(**{'x': 1}, y=2) == [('x', 1), ('y', 2)], 'merge'
def f(a, **kw):
    return a, kw
assert f(1, a_=2) == (1, {'a_': 2}), 'similar name'
try:
    f(1, **{'a': 2})
except TypeError as e:
    print(e)
try:
    show(**{1: 2})
except TypeError as e:
    print(e)
try:
    show(x=1, **{'x': 2})
except TypeError as e:
    print(e)
show(*[1])
