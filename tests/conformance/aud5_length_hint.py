# __length_hint__ of the built-in iterators (the items left, none once exhausted or once the
# source changed size), and operator.length_hint
import operator
from collections import deque

def hint(it):
    return it.__length_hint__()

def steps(it):
    out = [hint(it)]
    for _ in it:
        out.append(hint(it))
    return out

print(steps(iter([1, 2, 3])))
print(steps(iter((1, 2))))
print(steps(iter(range(4))))
print(steps(iter(range(0, 20, 7))))
print(steps(iter(range(10**20, 10**20 + 3))))
print(steps(iter("abc")))
print(steps(iter("héllo")))
print(steps(iter(b"xy")))
print(steps(iter(bytearray(b"xyz"))))
print(steps(iter({1: 2, 3: 4})))
print(steps(iter({1: 2, 3: 4}.values())))
print(steps(iter({1: 2, 3: 4}.items())))
print(steps(reversed({1: 2, 3: 4})))
print(steps(iter({5, 6, 7})))
print(steps(iter(frozenset())))
print(steps(reversed([1, 2, 3])))
print(steps(reversed((1, 2, 3))))
print(steps(reversed(range(5))))
print(steps(reversed("ab")))
print(steps(iter(deque([1, 2]))))

lst = [1, 2, 3, 4]
it = iter(lst)
next(it)
lst.clear()
print(hint(it))
lst.extend([5, 6, 7, 8, 9])
print(hint(it))
rit = reversed([1, 2, 3])
next(rit)
print(hint(rit))

d = {1: 1, 2: 2}
dit = iter(d)
next(dit)
d[3] = 3
print(hint(dit))
s = {1, 2}
sit = iter(s)
s.add(3)
print(hint(sit))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i

rs = reversed(Seq())
print(hint(rs), next(rs), hint(rs))

print(type(iter([])).__length_hint__(iter([1])))
try:
    iter([1]).__length_hint__(1)
except TypeError as e:
    print(e)
try:
    iter(range(3)).__length_hint__(x=1)
except TypeError as e:
    print(e)
print(hasattr(iter(map(abs, [])), "__length_hint__"), hasattr(enumerate([]), "__length_hint__"),
      hasattr(zip(), "__length_hint__"))

print(operator.length_hint([1, 2, 3]))
print(operator.length_hint(iter([1, 2, 3])))
print(operator.length_hint(iter([1, 2, 3]), 10))
print(operator.length_hint(map(abs, [1]), 7))
print(operator.length_hint(x for x in "ab"))
print(operator.length_hint({"a": 1}))

class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v

print(operator.length_hint(Hint(4)))
print(operator.length_hint(Hint(NotImplemented), 9))
print(operator.length_hint(Hint(TypeError("no")), 8))
print(operator.length_hint(Hint(True)))
for bad in (Hint(-1), Hint(1.5), Hint(ValueError("boom")), Hint("x")):
    try:
        print(operator.length_hint(bad))
    except Exception as e:
        print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        raise TypeError("len refused")
    def __length_hint__(self):
        return 6

print(operator.length_hint(BadLen()))
for args in ((), (1, 2, 3), ([], "x")):
    try:
        operator.length_hint(*args)
    except TypeError as e:
        print(e)
try:
    operator.length_hint([], default=1)
except TypeError as e:
    print(e)

import itertools
rep = itertools.repeat("x", 3)
print(rep.__length_hint__(), next(rep), rep.__length_hint__(), operator.length_hint(rep))
print(operator.length_hint(itertools.repeat("x", -2)), operator.length_hint(itertools.repeat(1), 4))
try:
    itertools.repeat(1).__length_hint__()
except TypeError as e:
    print(e)
