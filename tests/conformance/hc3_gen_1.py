def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(next(g), next(g), next(g), next(g, "end"))
print(list(count_up(5)), sum(count_up(101)))
squares = (x * x for x in range(10))
print(next(squares), list(squares)[:3], list(squares))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1, 2], range(2))))
g2 = count_up(2)
print(type(g2).__name__, iter(g2) is g2)
