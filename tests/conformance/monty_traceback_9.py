# === uncaught error traceback shape 9 ===
a = 1
b = 0
c = (a +
     a / b)
