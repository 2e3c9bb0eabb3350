from functools import lru_cache
@lru_cache
def depth(n):
    if n == 0:
        return {}["missing"]
    return depth(n - 1)
depth(3)
