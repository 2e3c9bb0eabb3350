# === uncaught error traceback shape 28 ===
a = [1]
b = a[0] if a[1] else 0
