# === uncaught error traceback shape 17 ===
val = None
if val > 3:
    pass
