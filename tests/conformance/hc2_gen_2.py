# send
def averager():
    total, n, avg = 0, 0, None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n
    return avg
g = averager()
print(next(g), g.send(10), g.send(20), g.send(60))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
g2 = averager()
g2.send(5)
