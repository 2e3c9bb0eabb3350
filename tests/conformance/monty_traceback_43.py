# === uncaught error traceback shape 43 ===
chained = 'a'.upper().lower().foo()
