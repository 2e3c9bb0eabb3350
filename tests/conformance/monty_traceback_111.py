# === uncaught error traceback shape 111 ===
x = [1, 2]
x.remove(3)
