# === uncaught error traceback shape 116 ===
z = [1] + None
