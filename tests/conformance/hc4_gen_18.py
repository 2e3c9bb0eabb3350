def numbers():
    yield 1
    yield 2
    yield 3

def doubled(it):
    for x in it:
        yield x * 2

def limited(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

pipeline = limited(doubled(numbers()), 2)
print(list(pipeline))
squares = (x * x for x in range(5))
print(3 * 3 in squares, list(squares))
gen = (1 / x for x in [1, 0])
next(gen)
next(gen)
