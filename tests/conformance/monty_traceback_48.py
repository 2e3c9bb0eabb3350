# === uncaught error traceback shape 48 ===
big = 10 ** 400
print(float(big))
