def g():
    a = yield "first"
    b = yield "second got " + repr(a)
    yield "third got " + repr(b)
it = g()
print(next(it))
print(it.send(42))
print(next(it))
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1
c = counter()
[next(c), next(c), next(c), c.send("reset"), next(c)]
