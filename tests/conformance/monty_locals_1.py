# === locals() and vars() ===
module_level = 1
assert locals() is globals(), 'module level'
assert vars() is globals(), 'vars at module level'
def f(a, b=2, *args, **kwargs):
    c = a + b
    unassigned = None
    del unassigned
    return locals()
print(f(1))
print(f(1, 3, 4, k=5))
def outer():
    x = 1
    y = 2
    def inner(z):
        w = z + x
        return locals()
    print(sorted(locals()))
    return inner(10)
print(outer())
def captured_param(p):
    def get():
        return p
    q = 3
    return locals()
r = captured_param(7)
print(sorted(r), r['p'], r['q'])
def snapshot():
    v = 1
    d = locals()
    v = 2
    d['v'] = 99
    return d['v'], v, locals()['v']
print(snapshot())
def empty():
    return locals()
print(empty())
def gen():
    g = 'in generator'
    yield locals()
print(next(gen()))
print(vars(f) if hasattr(f, '__dict__') else 'no __dict__')
try:
    vars(5)
except TypeError as e:
    print(e)
vars([])
