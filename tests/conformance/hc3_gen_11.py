def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
def unique(it, key=lambda x: x):
    seen = set()
    for x in it:
        k = key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(unique([3, 1, 3, 2, 1])), list(unique(["a", "B", "A", "b"], key=str.lower)))
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("abc", [1, 2], "XYZW")))
