def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
print(list(read_chunks("abcdefg", 3)), list(read_chunks([], 2)))
def windows(seq, n):
    it = iter(seq)
    win = []
    for v in it:
        win.append(v)
        if len(win) == n:
            yield tuple(win)
            win.pop(0)
print(list(windows(range(5), 3)))
def gen_with_return():
    yield 1
    return 42
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x
list(unique("abracadabra"))
