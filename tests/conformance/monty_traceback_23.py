# === uncaught error traceback shape 23 ===
x = 5
x()
