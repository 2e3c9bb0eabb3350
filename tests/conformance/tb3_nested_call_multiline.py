def outer(x):
    return x
def inner(y):
    return y["k"]
v = outer(
    inner(
        {}
    )
)
