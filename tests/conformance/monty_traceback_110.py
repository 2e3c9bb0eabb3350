# === uncaught error traceback shape 110 ===
a, b = 1, 0
c = a % b if a else 0
