# === uncaught error traceback shape 117 ===
def outer():
    return inner_missing()
outer()
