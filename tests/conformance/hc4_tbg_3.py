def worker():
    while True:
        x = yield
        print(10 / x)
w = worker()
next(w)
w.send(5)
w.send(0)
