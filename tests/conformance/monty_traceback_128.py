# === uncaught error traceback shape 128 ===
def rec(n):
    return rec(n + 1) if n < 10000 else n
rec(0)
