# send non-None to just-started generator
def echo():
    while True:
        v = yield
        print("echo", v)
e = echo()
try:
    e.send("hi")
except TypeError as exc:
    print(exc)
e.send(None)
e.send("x")
e.send([1, 2])
e.close()
e.send(1)
