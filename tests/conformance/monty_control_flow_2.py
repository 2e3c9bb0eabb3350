# === exceptions crossing generator boundaries ===
def source():
    yield 1
    yield 2
    raise LookupError('source exhausted badly')
def doubled(it):
    for v in it:
        yield v * 2
def safe(it):
    try:
        yield from it
    except LookupError as e:
        yield f'recovered: {e}'
print(list(safe(doubled(source()))))
def delegating():
    result = yield from inner()
    yield f'inner returned {result}'
def inner():
    received = yield 'first'
    yield f'got {received}'
    return 'inner-done'
d = delegating()
print(next(d), d.send('hello'), next(d))
def stop_inside():
    yield 1
    next(iter([]))
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
list(doubled(source()))
