# === uncaught error traceback shape 120 ===
print(1, 2, 3 / 0)
