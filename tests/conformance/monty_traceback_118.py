# === uncaught error traceback shape 118 ===
lam = lambda x: x + undefined_thing
result = lam(1)
