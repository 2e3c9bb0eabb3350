# === generator send protocol misuse ===
def g():
    x = yield 1
    yield x
it = g()
try:
    it.send('too early')
except TypeError as e:
    print(e)
assert next(it) == 1, 'started'
assert it.send('v') == 'v', 'send'
def h():
    yield 1
i = h()
i.throw(KeyError('thrown'))
