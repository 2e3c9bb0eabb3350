import math
def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / (n - 1)
    return {"n": n, "mean": mean, "stdev": math.sqrt(var), "median": sorted(xs)[n // 2]}
stats([2, 4, 4, 4, 5, 5, 7, 9])
