# === uncaught error traceback shape 109 ===
n = None
n += 1
