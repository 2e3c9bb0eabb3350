def acc():
    total = 0
    while True:
        x = yield total
        total += x
g = acc()
next(g)
g.send(1)
g.send("a")
