# === uncaught error traceback shape 33 ===
w = not_defined + 1
