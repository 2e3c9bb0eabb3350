def has_negative(values):
    return any(v < 0 for v in values)

print(has_negative([1, -2]))
has_negative([1, "x"])
