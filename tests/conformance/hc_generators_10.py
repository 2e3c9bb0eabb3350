def gen():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = gen()
next(g)
for v in [1, 2, 3]:
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
print(next(g, "exhausted"))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
c = countdown(3)
print(list(c), list(c))
print(sum(x for x in countdown(4)), list(map(lambda x: x * 2, countdown(2))))
