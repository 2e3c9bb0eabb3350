def producer():
    for i in range(3):
        print("produce", i)
        yield i
def consumer(gen):
    for v in gen:
        print("consume", v)
consumer(producer())
g = (x * x for x in range(3))
print(list(zip(g, g)))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
it = infinite()
print([next(it) for _ in range(3)], next(it))
gen = producer()
gen.__next__()
gen.close()
next(gen)
