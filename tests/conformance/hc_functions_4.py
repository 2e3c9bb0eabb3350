def stats(*nums):
    if not nums:
        return None
    n = len(nums)
    mean = sum(nums) / n
    var = sum((x - mean) ** 2 for x in nums) / n
    return {"n": n, "mean": mean, "var": var, "min": min(nums), "max": max(nums)}
print(stats(2, 4, 4, 4, 5, 5, 7, 9))
print(stats())
def describe(**info):
    return ", ".join(f"{k}={v}" for k, v in sorted(info.items()))
print(describe(b=2, a=1))
def g(a, *, b):
    return a + b
g(1, 2)
