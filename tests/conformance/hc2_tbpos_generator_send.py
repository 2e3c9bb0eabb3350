# traceback position: generator send
def g():
    x = yield
    yield x + 1
it = g()
next(it)
it.send("s")
