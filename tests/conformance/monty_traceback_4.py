# === uncaught error traceback shape 4 ===
def f():
    return None
f().upper()
