# === uncaught error traceback shape 133 ===
value = '5'
result = value + 5
