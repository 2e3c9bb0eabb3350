from functools import cmp_to_key
def cmp(a, b):
    return a.size - b
sorted([3, 1, 2], key=cmp_to_key(cmp))
