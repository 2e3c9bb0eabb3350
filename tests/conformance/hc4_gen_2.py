def inner():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("inner closing with", received)
        raise

def outer():
    result = yield from inner()
    print("never", result)

g = outer()
next(g)
g.send("a")
g.send("b")
g.close()
print(g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else None)
