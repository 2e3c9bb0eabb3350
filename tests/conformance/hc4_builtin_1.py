names = ["a", "b", "c"]
scores = [90, 85, 77]
print(list(zip(names, scores)), dict(zip(names, scores)), list(zip(names, scores, "xy")))
print(list(enumerate(names, start=1)), list(enumerate("ab", -1)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str.upper, names)))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda s: s > 80, scores)))
print(any([]), all([]), any(x > 80 for x in scores), all(x > 80 for x in scores))
print(sum(scores, 10), sum([[1], [2]], start=[]), sum([0.5, 0.25]), sum(range(5), start=-10))
list(zip(names, scores[:2], strict=True))
