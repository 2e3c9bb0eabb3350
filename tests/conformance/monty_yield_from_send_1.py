# === send() into yield from over a plain iterator ===
def wrap():
    result = yield from [1, 2]
    yield ('result', result)
w = wrap()
print(next(w))
w.send('x')
