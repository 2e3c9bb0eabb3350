# === uncaught error traceback shape 122 ===
x = 5
assert x == 6
