# === uncaught error traceback shape 5 ===
items = ['a', 'b']
result = items.index('c') + 1
