# === uncaught error traceback shape 107 ===
data = [1, 2, 0]
result = [10 // d for d in data]
