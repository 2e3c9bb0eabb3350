# traceback of a multi-line call expression
def combine(a, b, c):
    return a + b + c
result = combine(
    1,
    2,
    "three",
)
