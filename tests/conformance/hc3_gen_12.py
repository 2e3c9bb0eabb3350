def gen():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd
g = gen()
print(next(g), g.send(5), g.send(7), g.send("reset"), g.send(2))
g.close()
try:
    g.send(1)
except StopIteration:
    print("closed generator raises StopIteration")
g2 = gen()
g2.send(5)
