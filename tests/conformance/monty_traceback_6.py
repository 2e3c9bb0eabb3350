# === uncaught error traceback shape 6 ===
n = 'five'
total = 10 + n
