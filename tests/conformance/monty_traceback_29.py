# === uncaught error traceback shape 29 ===
x = 'a' 'b' + 1
