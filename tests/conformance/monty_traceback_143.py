# === uncaught error traceback shape 143 ===
print(max())
