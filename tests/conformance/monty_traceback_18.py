# === uncaught error traceback shape 18 ===
obj = [1]
obj.append(1, 2)
