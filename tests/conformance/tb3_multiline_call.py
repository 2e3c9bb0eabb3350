def make(a, b, c):
    return a + b + c
result = make(
    1,
    2,
    "3",
)
