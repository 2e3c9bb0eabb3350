# === uncaught error traceback shape 106 ===
def g():
    yield 1 / 0
next(g())
