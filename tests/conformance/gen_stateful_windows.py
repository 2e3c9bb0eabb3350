def windows(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(windows(range(6), 3)))
print(list(windows("ab", 3)))
def running_avg(values):
    total = 0
    for count, v in enumerate(values, 1):
        total += v
        yield total / count
print([round(a, 2) for a in running_avg([3, 5, 10, 2])])
def chunks(seq, size):
    for i in range(0, len(seq), size):
        yield seq[i:i + size]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
