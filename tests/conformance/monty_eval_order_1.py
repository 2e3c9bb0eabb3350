# === evaluation order ===
log = []
def v(name, value=None):
    log.append(name)
    return value if value is not None else name
def f(*args, **kwargs):
    return args, kwargs
f(v('a'), *[v('b')], k=v('c'), **{'d': v('d')})
print(log)
log.clear()
d = {v('k1'): v('v1'), v('k2'): v('v2')}
print(log)
log.clear()
x = [v('i', 0)][v('idx', 0)]
print(log)
log.clear()
v('target', {})[v('key')] = v('value')
print(log)
log.clear()
a = v('left', 1) + v('right', 2) * v('third', 3)
print(log, a)
log.clear()
r = v('cond', True) and v('then') or v('else')
print(log, r)
log.clear()
t = v('x1'), v('x2')
print(log)
log.clear()
def deco(name):
    log.append(f'deco {name} evaluated')
    def wrap(fn):
        log.append(f'deco {name} applied')
        return fn
    return wrap
@deco('outer')
@deco('inner')
def decorated():
    pass
print(log)
log.clear()
def defaults(a=v('default a'), b=v('default b')):
    return a, b
print(log, defaults())
log.clear()
result = [v(f'item{i}') for i in range(2) if v(f'check{i}', True)]
print(log)
log.clear()
s = f'{v("first")}{v("second")}'
print(log)
log.clear()
x = v('c1', 1) < v('c2', 2) < v('c3', 0) < v('c4', 5)
print(log, x)
log.clear()
v('obj', [0, 0])[v('i', 1)] += v('inc', 5)
print(log)
