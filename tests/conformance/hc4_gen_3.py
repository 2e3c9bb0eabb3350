def worker():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("recovered from", e)
            yield "recovered"

w = worker()
next(w)
w.send(1)
r = w.throw(ValueError("bad"))
assert r == "recovered"
next(w)
w.send(2)
w.throw(KeyError("k"))
