def check(values):
    for v in values:
        assert v > 0, f"bad value {v}"
check([1, 2, -3])
