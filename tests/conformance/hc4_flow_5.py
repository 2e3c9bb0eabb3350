def chunks(seq, n):
    it = iter(seq)
    while chunk := list(next(it) for _ in range(n) if True):
        yield chunk

import itertools
def chunks2(seq, n):
    it = iter(seq)
    while batch := list(itertools.islice(it, n)):
        yield batch

print(list(chunks2(range(7), 3)))
lines = iter(["a", "b", "", "c"])
collected = []
while (line := next(lines)) != "":
    collected.append(line)
print(collected, next(lines))
