def g():
    try:
        yield 1
        raise KeyError("a")
    except KeyError:
        yield int("b")
list(g())
