# === uncaught error traceback shape 35 ===
kw = {'sep': 1}
print('a', **kw)
