# === uncaught error traceback shape 15 ===
s = 'abc'
n = int(s[0])
