# === uncaught error traceback shape 136 ===
numbers = [3, 1, 2]
numbers.sort(key=lambda n: n.missing)
