import itertools
from itertools import count, cycle, repeat, islice, chain, accumulate
c = count(5)
print(repr(c), next(c), next(c), repr(c))
print(repr(count(0, 2)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(-3, -1)))
print(list(islice(count(), 5)), list(islice(count(10, -2.5), 3)))
print(list(zip("abc", count(1))))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(2, -1)), repr(repeat(7)), repr(repeat(7, 2)))
r = repeat("z", 2); next(r); print(repr(r))
print(list(map(pow, range(4), repeat(2))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate("abc")))
import operator
print(list(accumulate([1, 2, 3], operator.mul)))
print(list(chain([1, 2], "ab", (3,))), list(chain()), list(chain.from_iterable(["ab", [1]])))
print(type(c).__name__, type(chain()).__name__, repr(chain()).startswith("<itertools.chain object at 0x"))
print(repr(cycle("a")).startswith("<itertools.cycle object at"))
print(type(count()), itertools.count)
for bad in [lambda: count("a"), lambda: cycle(), lambda: cycle(1), lambda: repeat(), lambda: chain(1, 2).__next__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
