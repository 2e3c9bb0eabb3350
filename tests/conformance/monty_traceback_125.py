# === uncaught error traceback shape 125 ===
raise KeyError('k') from None
