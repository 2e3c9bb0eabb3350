def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice, takewhile
print(list(islice(fib(), 10)))
print(list(takewhile(lambda x: x < 100, fib())))
print(next(x for x in fib() if x > 1000))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(5)])
