# === uncaught error traceback shape 119 ===
m = {'a': [1, 2]}
m['a'][2] = 3
