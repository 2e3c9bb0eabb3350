# === yield from ===
def inner():
    yield 1
    yield 2
    return 'inner-result'
def outer():
    r = yield from inner()
    yield r
assert list(outer()) == [1, 2, 'inner-result'], 'yield from'
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
assert list(flatten([1, [2, [3, [4]], 5]])) == [1, 2, 3, 4, 5], 'recursive'
def chain(*its):
    for it in its:
        yield from it
assert list(chain('ab', [1], range(2))) == ['a', 'b', 1, 0, 1], 'chain'
list(flatten(5))
