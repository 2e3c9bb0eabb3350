def g():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield f"error {e} after {received}"
gen = g()
print(next(gen), gen.send("a"), gen.send("b"))
print(gen.throw(ValueError("stop")))
try:
    gen.send("more")
except StopIteration:
    print("finished")
def h():
    yield 1
    return "ret"
def wrap():
    r = yield from h()
    print("h returned", r)
    yield r
print(list(wrap()))
def first_gen():
    try:
        yield 1
    finally:
        print("closed first")
it = first_gen()
next(it)
it.close()
it.close()
print(next(it, "exhausted"))
