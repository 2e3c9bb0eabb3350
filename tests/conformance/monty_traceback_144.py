# === uncaught error traceback shape 144 ===
print(int('12', base=1))
