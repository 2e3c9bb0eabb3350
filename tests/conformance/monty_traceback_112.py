# === uncaught error traceback shape 112 ===
s = set()
s.pop()
