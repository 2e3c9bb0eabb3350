def pipeline():
    nums = range(1, 21)
    evens = (n for n in nums if n % 2 == 0)
    squared = (n * n for n in evens)
    labeled = (f"{n:>4}" for n in squared)
    return list(labeled)
print(pipeline())
def take(n, it):
    return [x for _, x in zip(range(n), it)]
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, (x for x in naturals() if x % 3 == 0)))
sum(take(100, naturals()))
