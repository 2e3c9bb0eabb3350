x = 5
assert isinstance(x, str), f"expected str, got {type(x).__name__}"
