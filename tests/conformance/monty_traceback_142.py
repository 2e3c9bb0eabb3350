# === uncaught error traceback shape 142 ===
print(sorted([3, 'a', 1]))
