# === uncaught error traceback shape 41 ===
s = {1, 2}
s.remove(3)
