print(None, repr(None), str(None), type(None).__name__, None is None, None == None, None != 0)
print(bool(None), not None, type(None)(), [None] * 2, {None: 1}[None], hash(None) == hash(None))
for f in (lambda: None < None, lambda: None + 1, lambda: -None, lambda: type(None)(1), lambda: len(None)):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
