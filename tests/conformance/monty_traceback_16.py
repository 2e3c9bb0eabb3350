# === uncaught error traceback shape 16 ===
def outer():
    def inner():
        raise ValueError('deep')
    return inner()
outer()
