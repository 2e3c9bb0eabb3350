# === uncaught error traceback shape 3 ===
x = [1, 2]
y = x[0] + x[1] * x[2]
