# === uncaught error traceback shape 38 ===
def deco(fn):
    raise RuntimeError('in decorator')
@deco
def f():
    pass
