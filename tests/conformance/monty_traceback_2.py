# === uncaught error traceback shape 2 ===
data = {'a': {'b': None}}
data['a']['b']['c']
