def chain(*iterables):
    for it in iterables:
        yield from it

def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out

def naturals():
    n = 0
    while True:
        yield n
        n += 1

assert take(5, chain([1, 2], "ab", naturals())) == [1, 2, "a", "b", 0]
assert take(3, (x * x for x in naturals() if x % 2)) == [1, 9, 25]
take(10, range(4))
