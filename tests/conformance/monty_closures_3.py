# === closure cell shared between functions ===
def pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = pair()
s(5)
assert g() == 5, 'shared cell'
s('x')
assert g() == 'x', 'shared cell again'
def make():
    fs = {}
    for name in ['a', 'b']:
        def f(n=name):
            return n.upper()
        fs[name] = f
    return fs
fs = make()
assert fs['a']() == 'A' and fs['b']() == 'B', 'defaults capture'
[f() for f in fs.values()]
