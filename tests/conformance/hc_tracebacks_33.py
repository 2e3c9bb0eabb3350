try:
    raise KeyError("first")
except KeyError as first:
    try:
        raise ValueError("second")
    except ValueError as second:
        raise TypeError("third") from first
