# === uncaught error traceback shape 145 ===
print(range(1, 2, 0))
