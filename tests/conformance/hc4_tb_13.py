def compute(a, b, c):
    return a * b - c

values = compute(
    2,
    3,
    None,
)
