# traceback position: yield from
def g():
    yield from len("abc")
list(g())
