def recurse(n):
    if n == 0:
        return 1 // n
    return recurse(n - 1)

recurse(3)
