# === uncaught error traceback shape 45 ===
x = (1, 2, 3)
a, b = x
