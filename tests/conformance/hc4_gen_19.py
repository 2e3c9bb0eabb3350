def stateful():
    log = []
    try:
        while True:
            item = yield
            log.append(item)
    finally:
        print("log at close:", log)

g = stateful()
next(g)
for c in "abc":
    g.send(c)
del g
print("after del")
def reraise():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("bad close")
r = reraise()
next(r)
r.close()
