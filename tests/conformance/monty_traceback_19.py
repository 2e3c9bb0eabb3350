# === uncaught error traceback shape 19 ===
f = lambda x: x.missing
f(5)
