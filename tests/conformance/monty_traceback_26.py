# === uncaught error traceback shape 26 ===
lst = [1, 2, 3]
print(lst[1:2][5])
