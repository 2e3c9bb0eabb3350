# === uncaught error traceback shape 129 ===
x = [[1, 2], [3, 4]]
print(x[1][2])
