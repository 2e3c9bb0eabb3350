# === throw() is forwarded through yield from ===
def thrower():
    try:
        yield 1
    except KeyError:
        yield 'caught key'
    yield 'end'
def wrapper():
    yield from thrower()
w = wrapper()
next(w)
print(w.throw(KeyError('k')), next(w))
