# === uncaught error traceback shape 137 ===
f = 1.5
f.is_integer(1)
