# A NaN is a float object: the same object is itself (and containers compare items with `is`
# before `==`), though nan != nan; two NaNs made apart are two objects.
import math

x = float('nan')
y = float('nan')
print(x == x, x != x, x is x, x is y, x is not y)
print([x] == [x], [x] == [y], (x,) == (x,), (x,) == (y,), [x, 1] != [x, 1], [x] != [y])
print(x in [x], x in (x,), y in [x], x in [y, 1.0], [1, x].index(x), [x, y, x].count(x))
print([float('nan')] == [float('nan')], float('nan') in [float('nan')])
print((x, 1) < (x, 2), (x, 1) < (y, 2), [x, 1] <= [x, 0], [x] < [y], [y] > [x])

lst = [y, x, y]
lst.remove(x)
print(len(lst), lst[0] is y, lst[1] is y, x not in lst)
try:
    [x].index(y)
except ValueError as e:
    print('index:', e)
try:
    [x].remove(y)
except ValueError as e:
    print('remove:', e)

# copies keep the identity: names, items, unpacking, slices, comprehensions
a = x
b, c = [x, y]
items = [x, y][:]
print(a is x, b is x, c is y, items[0] is x, items[1] is x, [v for v in (x,)][0] is x)
print(list(map(lambda v: v is x, [x, y])), sorted([x])[0] is x, list(reversed([y, x]))[0] is x)

# the built-ins that hand an argument back return the same object
print(max(x, 1.0) is x, min([x, 2.0]) is x, max(1.0, x) is x, sorted([x, y])[1] is y)
print(next(iter([x])) is x, dict(k=x)['k'] is x, {'k': x}.get('k') is x, [x].pop() is x)

# a deque, a tuple count, a string of reprs
from collections import deque
dq = deque([x, y])
print(x in dq, dq.count(x), dq.index(y), (x, y, x).count(x), (x, y).index(y))
print(repr([x, y, -x]), str((x,)), f'{x!r} {y}')
