def risky():
    yield 1
    yield 1 // 0
    yield 3
g = risky()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("caught", e)
print(next(g, "closed after error"))
def consumer():
    return [v for v in risky()]
consumer()
