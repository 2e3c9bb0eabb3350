# === uncaught error traceback shape 12 ===
def h(n):
    return 10 / n
vals = list(map(h, [1, 0]))
