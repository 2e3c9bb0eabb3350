# generator return value in yield from with try/finally and exceptions
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
    return "inner done"
def outer():
    try:
        r = yield from inner()
        print("got", r)
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g, "exhausted"))
