# abs, sum, min, max on numbers
print(abs(-5), abs(3.5), abs(-10 ** 30), abs(True))
print(sum(range(101)), sum([0.5, 0.25], 1), sum([[1], [2]], []))
print(min(3, -1, 2), max([4, 9, 2]), min([], default="empty"), max("abc", "b", key=len))
print(sum([1e100, 1.0, -1e100]), sum(x / 10 for x in range(5)))
try:
    max([])
except ValueError as e:
    print(e)
min()
