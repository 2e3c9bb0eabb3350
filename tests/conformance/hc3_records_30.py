items = [5, 3, 8, 1, 9, 2]
running = []
total = 0
for x in items:
    total += x
    running.append(total)
print(running)
from itertools import accumulate
print(list(accumulate(items)))
print(list(accumulate(items, max)))
print(list(accumulate(items, lambda a, b: a * b, initial=1)))
pairs = list(zip(items, items[1:]))
print(pairs)
print([b - a for a, b in pairs])
