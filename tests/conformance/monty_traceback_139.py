# === uncaught error traceback shape 139 ===
def f(*, a):
    return a
f(1)
