# === uncaught error traceback shape 32 ===
z = -'x'
