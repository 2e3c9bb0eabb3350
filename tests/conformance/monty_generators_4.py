# === generator state and errors ===
def g():
    yield 1
    raise ValueError('inside')
it = g()
assert next(it) == 1, 'first'
try:
    next(it)
except ValueError as e:
    assert str(e) == 'inside', str(e)
assert next(it, 'gone') == 'gone', 'closed after error'
def bad_stop():
    yield 1
    raise StopIteration('x')
try:
    list(bad_stop())
except RuntimeError as e:
    assert str(e) == 'generator raised StopIteration', str(e)
def running():
    yield next(me)
me = running()
next(me)
