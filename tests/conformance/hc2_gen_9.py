# generator with finally on exhaustion and return
log = []
def g():
    try:
        yield "a"
        return "ret"
    finally:
        log.append("fin")
print(list(g()), log)
gen = g()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(e.value, log)
def early():
    yield 1
    return
    yield 2
list(early())
