# === is / is not ===
a = [1]
b = a
c = [1]
assert a is b and a is not c, 'identity'
assert a == c, 'equality'
assert None is None, 'None singleton'
assert True is True and False is not True, 'bools'
t = ()
assert t is (), 'empty tuple singleton'
def f():
    pass
assert f() is None, 'implicit return'
assert type(1) is int, 'type identity'
x = 'interned'
y = x
y is x
