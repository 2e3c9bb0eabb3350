# === uncaught error traceback shape 44 ===
value = {'a': 1}.get('a').bar
