# === uncaught error traceback shape 124 ===
raise ValueError
