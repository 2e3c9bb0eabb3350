# Generator pipelines: chained generators, yield from, send, generator expressions.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, src):
    for x in src:
        if pred(x):
            yield x


def scaled(src, k):
    for x in src:
        yield x * k


def chained(*srcs):
    for s in srcs:
        yield from s


def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count


pipe = scaled(only(lambda x: x % 3 != 0, numbers(1000000)), 3)
s1 = sum(pipe)
s2 = sum(x for x in chained(numbers(250000), range(125000), (y * 2 for y in range(125000))) if x & 1)
a = averager()
next(a)
last = 0.0
for v in numbers(250000):
    last = a.send(v % 17)
print(s1, s2, round(last, 6))
