# === uncaught error traceback shape 46 ===
r = range(5)
r[10]
