# === raise in finally and nested handlers ===
def f():
    try:
        raise ValueError('first')
    finally:
        print('finally runs')
try:
    f()
except ValueError as e:
    print('caught', e)
def g():
    try:
        raise ValueError('inner')
    except ValueError:
        try:
            raise TypeError('nested')
        except TypeError as t:
            return type(t.__context__).__name__
assert g() == 'ValueError', g()
def h():
    try:
        1 / 0
    finally:
        raise KeyError('from finally')
h()
