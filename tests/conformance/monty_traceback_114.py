# === uncaught error traceback shape 114 ===
v = int('12') + int(float('nan'))
