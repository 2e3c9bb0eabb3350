# === uncaught error traceback shape 37 ===
gen = (1 / x for x in [1, 0])
list(gen)
