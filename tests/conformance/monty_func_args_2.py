# === default argument evaluation ===
calls = []
def make_default():
    calls.append('made')
    return []
def f(x=make_default()):
    x.append(1)
    return x
assert calls == ['made'], 'evaluated once at def'
f()
assert f() == [1, 1], 'shared mutable default'
def g(x=None):
    x = [] if x is None else x
    x.append(1)
    return x
g()
assert g() == [1], 'safe default'
n = 5
def h(v=n):
    return v
n = 10
assert h() == 5, 'captured at definition'
h(1, 2)
