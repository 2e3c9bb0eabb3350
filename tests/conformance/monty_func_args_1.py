# === argument passing ===
def f(a, b=2, *args, c, d=4, **kwargs):
    return (a, b, args, c, d, kwargs)
assert f(1, c=3) == (1, 2, (), 3, 4, {}), 'minimal'
assert f(1, 2, 3, 4, c=5, e=6) == (1, 2, (3, 4), 5, 4, {'e': 6}), 'full'
assert f(*[1, 2], **{'c': 3, 'd': 5}) == (1, 2, (), 3, 5, {}), 'unpacked'
def pos_only(a, b, /, c):
    return a + b + c
assert pos_only(1, 2, c=3) == 6, 'pos only'
def kw_only(*, key):
    return key
assert kw_only(key='k') == 'k', 'kw only'
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    kw_only('k')
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
f(1, 2, c=3, a=4)
