def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), sum(count_up(5)))
g = count_up(2)
print(next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x
print(list(evens(range(10))))
