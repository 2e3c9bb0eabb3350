def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return "end"
g = gen()
print(next(g))
print(g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
