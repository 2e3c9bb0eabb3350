# chained iteration helpers written by hand
def chain(*its):
    for it in its:
        yield from it
def window(seq, n):
    return [tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)]
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)
print(list(chain("ab", [1], range(2))), window([1, 2, 3, 4], 3), list(batched(range(7), 3)))
list(batched(None, 2))
