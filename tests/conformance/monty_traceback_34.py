# === uncaught error traceback shape 34 ===
res = 1 < 2 < 'x'
