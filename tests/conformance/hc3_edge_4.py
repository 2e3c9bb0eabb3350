def compute(x,
            y):
    return x / y
compute(
    1,
    0,
)
