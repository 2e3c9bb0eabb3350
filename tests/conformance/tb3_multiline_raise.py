def check(v):
    if v < 0:
        raise ValueError(
            f"value must be non-negative, "
            f"got {v}"
        )
check(-1)
