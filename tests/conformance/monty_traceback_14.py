# === uncaught error traceback shape 14 ===
m = [[1, 2], [3]]
m[1][1] = 5
