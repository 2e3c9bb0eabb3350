def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
print(list(batched(range(7), 3)))
from itertools import batched as ib
print(list(ib("abcdefg", 3)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window([1, 2, 3, 4, 5], 3)))
print([sum(w) / len(w) for w in window([2, 4, 6, 8], 2)])
