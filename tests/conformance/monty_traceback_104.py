# === uncaught error traceback shape 104 ===
s = 'abc'
print(s.upper().lower().index('z'))
