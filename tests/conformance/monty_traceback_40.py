# === uncaught error traceback shape 40 ===
x = [1, 2, 3]
del x[10]
