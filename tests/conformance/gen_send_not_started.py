def gen():
    x = yield 1
    print("got", x)
    yield 2
g = gen()
print(g.send(None))
print(g.send("hello"))
h = gen()
try:
    h.send("too early")
except Exception as e:
    print(type(e).__name__ + ":", e)
