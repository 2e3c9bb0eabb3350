# === uncaught error traceback shape 24 ===
t = (1, 2)
t[0] = 5
