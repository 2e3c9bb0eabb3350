# range behaviour
r = range(1, 20, 4)
print(r, list(r), len(r), r[1], r[-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(0), list(range(5, 0)), range(3) == range(0, 3), range(0) == range(5, 1), list(range(-3, 3, 2)))
print(range(10 ** 20)[10 ** 19], len(range(0, 10 ** 9, 7)), reversed(range(3)).__class__.__name__)
print(sum(range(1, 1001)), min(range(5, 10)), range(2, 10, 3)[::-1])
range(1, 10, 0)
