# === closure over loop variable after loop ===
def f():
    funcs = []
    for i in range(3):
        def g():
            return i * 10
        funcs.append(g)
    i = 100
    return [fn() for fn in funcs]
assert f() == [1000, 1000, 1000], f()
def h():
    x = 1
    lam = lambda: x
    x = 2
    return lam()
assert h() == 2, 'sees later assignment'
def k():
    return [lambda: j for j in range(2)]
[fn() for fn in k()]
