def flatten(items):
    for x in items:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x

nested = [1, [2, (3, [4, [5]])], 6]
print(list(flatten(nested)), sum(flatten(nested)))
def read_chunks(data, size):
    for i in range(0, len(data), size):
        yield data[i:i + size]
print(list(read_chunks("abcdefg", 3)))
g = flatten([1, [2]])
print(g.__name__, g.__qualname__)
next(read_chunks("", 2))
