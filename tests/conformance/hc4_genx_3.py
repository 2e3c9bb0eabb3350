import itertools
def sliding(it, n):
    it = iter(it)
    window = list(itertools.islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)
print(list(sliding(range(6), 3)), list(sliding("ab", 3)))
def unique(iterable, key=None):
    seen = set()
    for item in iterable:
        k = key(item) if key else item
        if k not in seen:
            seen.add(k)
            yield item
print(list(unique("AbBaCc", key=str.lower)), list(unique([1, 2, 1, 3])))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
