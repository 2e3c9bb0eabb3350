def echo():
    value = None
    while True:
        try:
            value = yield value
        except Exception as e:
            value = repr(e)

def delegator():
    yield from echo()

d = delegator()
next(d)
assert d.send(1) == 1
assert d.throw(TypeError("t")) == "TypeError('t')"
assert d.send("x") == "x"
d.close()
print("closed ok")
