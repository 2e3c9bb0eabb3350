# === uncaught error traceback shape 126 ===
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('in handler')
f()
