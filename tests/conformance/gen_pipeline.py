def numbers(n):
    yield from range(1, n + 1)
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def squared(src):
    return (x * x for x in src)
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(4, squared(evens(numbers(100))))))
print(sum(squared(evens(numbers(10)))))
pipeline = take(3, (w.strip().lower() for w in [" A ", "B", " c", "D"]))
list(pipeline)
