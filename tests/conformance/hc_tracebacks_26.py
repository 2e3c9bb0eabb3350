def check(n):
    assert n >= 0, "n must be non-negative"
    return n
check(5)
check(-1)
