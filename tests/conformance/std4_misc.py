import itertools, functools, operator
from collections.abc import Iterator, Iterable
c = itertools.count()
print(isinstance(c, Iterator), isinstance(itertools.chain(), Iterable), iter(c) is c)
print(sorted(n for n in dir(itertools) if not n.startswith("_")))
print(sum(itertools.islice(itertools.count(1), 100)), dict(zip("ab", itertools.count())))
print(next(itertools.permutations("ab")), next(itertools.product("a", "b")))
from itertools import *
print(list(chain(*[[1], [2]])), list(starmap(operator.add, zip([1, 2], [3, 4]))))
it = itertools.pairwise([1, 2, 3])
print(next(it), list(it), list(it))
print(type(functools.partial).__name__, type(operator.itemgetter(1)).__name__, type(itertools.count).__name__)
try:
    next(itertools.repeat(1, 0))
except StopIteration:
    print("StopIteration")
print([list(g) for _, g in itertools.groupby("aab")], list(itertools.batched("abcde", 2)))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]), functools.reduce(operator.concat if hasattr(operator, "concat") else operator.add, ["a", "b"]))
print(list(itertools.accumulate(range(5), operator.sub, initial=100)))
print(list(itertools.compress(itertools.count(), [0, 1, 1, 0, 1])))
print(list(itertools.takewhile(bool, itertools.cycle([1, 1, 0]))))
