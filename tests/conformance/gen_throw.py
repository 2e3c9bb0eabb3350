def worker():
    while True:
        try:
            x = yield
            print("working on", x)
        except ValueError as e:
            print("recovered from", e)
g = worker()
next(g)
g.send(1)
g.throw(ValueError("bad"))
g.send(2)
g.throw(KeyError("fatal"))
