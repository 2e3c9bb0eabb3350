log = []
def v(name, value):
    log.append(name)
    return value
def f(a, b, *args, c=None, **kw):
    return a, b, args, c, kw
print(f(v("a", 1), v("b", 2), *v("star", [3]), c=v("c", 4), **v("kw", {"d": 5})))
print(log)
log.clear()
v("fn", f)(v("x", 0), v("y", 1))
log
