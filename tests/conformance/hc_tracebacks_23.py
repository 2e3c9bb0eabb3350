try:
    int("x")
except ValueError as e:
    raise TypeError("conversion failed") from e
