# === uncaught error traceback shape 115 ===
w = 'abc' * 'd'
