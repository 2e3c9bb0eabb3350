def gen():
    try:
        yield 1
    finally:
        raise RuntimeError("in finally")
g = gen()
next(g)
g.close()
