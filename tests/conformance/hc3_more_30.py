def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1)
deep(50)
