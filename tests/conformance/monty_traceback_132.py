# === uncaught error traceback shape 132 ===
s = 'hello'
s[0] = 'H'
