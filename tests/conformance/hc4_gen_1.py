def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

g = averager()
next(g)
assert g.send(10) == 10.0
assert g.send(20) == 15.0
assert g.send(0) == 10.0
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
