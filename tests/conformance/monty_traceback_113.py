# === uncaught error traceback shape 113 ===
t = ()
t.index(1)
