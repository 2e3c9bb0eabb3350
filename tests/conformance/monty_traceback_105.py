# === uncaught error traceback shape 105 ===
def g():
    yield 1
    raise ValueError('from gen')
for v in g():
    pass
