# === uncaught error traceback shape 102 ===
items = [1, 2, 3]
for i in range(5):
    total = items[i] * 2
