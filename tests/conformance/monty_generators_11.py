# === yield from with plain iterators and send ===
def wrap():
    result = yield from [1, 2]
    yield ('result', result)
w = wrap()
print(next(w), next(w), next(w))
def counter():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def outer():
    final = yield from counter()
    yield f'final {final}'
o = outer()
print(next(o), o.send(5), o.send(7), o.send(None))
def gen_with_return_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
g = gen_with_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
def empty():
    return
    yield
print(list(empty()), list(x for x in []))
def reraiser():
    try:
        yield 1
    except ValueError:
        raise
r = reraiser()
next(r)
r.throw(ValueError('thrown in'))
