for v in [1, 1.0, "s", True, None, [], (), {}, range(1), len, lambda: 0, 10 ** 30, ValueError()]:
    print(type(v).__name__, type(v))
print(type(1) is int, type(True) is bool, type(type(1)))
print(type(3)("42") + 1, type("")(5))
type(None)
