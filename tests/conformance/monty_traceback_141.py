# === uncaught error traceback shape 141 ===
print(len(5))
