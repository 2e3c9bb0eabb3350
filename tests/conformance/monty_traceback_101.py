# === uncaught error traceback shape 101 ===
x = {'a': 1}
y = x['a'] + x['b'] * 2
