# === uncaught error traceback shape 20 ===
numbers = [3, 1]
numbers.sort(key=lambda v: v.real / 0)
