def validate(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, got {type(x).__name__}")
    return x
total = 0
for v in [1, 2, "3"]:
    total += validate(v)
