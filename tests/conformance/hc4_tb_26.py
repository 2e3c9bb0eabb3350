def deep(n):
    if n:
        return deep(n - 1)
    raise RecursionError("manual")

deep(2)
