s = {3, 1, 2}
try:
    s.remove(10)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1]).add(2)
except AttributeError as e:
    print(type(e).__name__, e)
t = s.copy()
t.clear()
print(s, t, sorted(s | {0}))
s -= {1}
s |= {9}
s &= {2, 9, 3}
s ^= {3, 4}
print(sorted(s))
