# === uncaught error traceback shape 25 ===
d = dict(a=1)
print(d.a)
