# === uncaught error traceback shape 11 ===
r = [i / (i - 2) for i in range(5)]
