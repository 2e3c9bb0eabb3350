# === generator lifecycle details ===
def g():
    x = yield 1
    print('received', x)
    yield 2
it = g()
print(it.send(None))
print(it.send('hello'))
print(next(it, 'end'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
f.close()
print(next(f, 'closed'))
def early_close():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit seen')
        return
ec = early_close()
next(ec)
ec.close()
def throw_after_done():
    yield 1
t = throw_after_done()
list(t)
try:
    t.throw(ValueError('late'))
except ValueError as e:
    print('raised directly:', e)
def not_started():
    print('never printed')
    yield 1
ns = not_started()
ns.close()
print(list(ns))
try:
    ns2 = not_started()
    ns2.throw(KeyError('early'))
except KeyError as e:
    print('early throw:', e)
def running_check():
    yield gen_self.gi_running if hasattr(gen_self, 'gi_running') else True
gen_self = running_check()
print(next(gen_self))
def gen_exc_chain():
    try:
        yield 1
    except ValueError as e:
        raise TypeError('converted') from e
gc = gen_exc_chain()
next(gc)
try:
    gc.throw(ValueError('orig'))
except TypeError as e:
    print(e, repr(e.__cause__))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(50))[:5], sum(deep(100)))
