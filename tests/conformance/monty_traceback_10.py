# === uncaught error traceback shape 10 ===
def g(x):
    return x * 2
result = g(
    1,
    undefined_var,
)
