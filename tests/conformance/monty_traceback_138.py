# === uncaught error traceback shape 138 ===
x = 1
y = x.bit_length() + x.nonexistent
