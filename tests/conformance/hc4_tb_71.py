def deco(fn):
    raise TypeError(f"cannot decorate {fn.__name__}")

@deco
def target():
    pass
