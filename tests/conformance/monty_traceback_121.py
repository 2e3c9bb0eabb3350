# === uncaught error traceback shape 121 ===
assert isinstance(5, str), 'not a string'
