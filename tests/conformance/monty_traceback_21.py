# === uncaught error traceback shape 21 ===
print(f'{1 / 0}')
