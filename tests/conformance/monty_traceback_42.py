# === uncaught error traceback shape 42 ===
n = int('12') + int('x2')
