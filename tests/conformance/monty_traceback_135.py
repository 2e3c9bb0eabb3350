# === uncaught error traceback shape 135 ===
data = {'a': 1}
print(data.a)
