# === uncaught error traceback shape 27 ===
def first(seq):
    return seq[0]
first(first([[]]))
