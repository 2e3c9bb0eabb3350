# === uncaught error traceback shape 39 ===
def f(a=1 / 0):
    pass
