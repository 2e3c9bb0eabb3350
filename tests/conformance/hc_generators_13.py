def squares():
    n = 0
    while True:
        n += 1
        yield n * n
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda v: v < 50, squares())))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        nxt = []
        for it in its:
            try:
                yield next(it)
                nxt.append(it)
            except StopIteration:
                pass
        its = nxt
print(list(interleave("abc", [1, 2], (True,))))
def batch(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(batch(range(7), 3)), list(batch([], 2)))
g = squares()
print([next(g) for _ in range(3)], sum(next(g) for _ in range(2)))
