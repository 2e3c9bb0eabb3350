def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
print(next(g, "done"))
print(list(count_up(5)))
def three():
    yield "a"
    yield "b"
    yield "c"
for x in three():
    print(x, end=" ")
print()
list(three()) + list(three())
