def validate(x):
    if not isinstance(x, int):
        raise TypeError(f"expected int, got {type(x).__name__}")
for v in [1, 2, "3"]:
    validate(v)
