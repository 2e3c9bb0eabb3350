def make(n):
    if n == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {n}", [make(n - 1)])
raise make(12)
