def walk(tree, path=()):
    if isinstance(tree, dict):
        for k, v in tree.items():
            yield from walk(v, path + (k,))
    else:
        yield path, tree
tree = {"a": {"b": 1, "c": {"d": 2}}, "e": 3}
print(list(walk(tree)))
def binsearch(xs, t, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == t:
        return mid
    return binsearch(xs, t, mid + 1, hi) if xs[mid] < t else binsearch(xs, t, lo, mid - 1)
print([binsearch(list(range(0, 100, 3)), t) for t in (0, 3, 99, 50)])
