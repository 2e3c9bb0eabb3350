# throw into generator
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
g = worker()
next(g)
g.send(1)
print(g.throw(ValueError("bad")))
next(g)
g.throw(KeyError("k"))
