def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
first = list(itertools.islice(fib(), 15))
print(first)
evens = [x for x in itertools.takewhile(lambda v: v < 1000, fib()) if x % 2 == 0]
assert evens == [0, 2, 8, 34, 144, 610]
pairs = list(zip(fib(), "abc"))
pairs
