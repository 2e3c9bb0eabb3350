# === uncaught error traceback shape 123 ===
raise ValueError('plain message')
