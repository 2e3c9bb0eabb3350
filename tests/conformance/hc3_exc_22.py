class NegativeError(ArithmeticError):
    pass
def sqrt(x):
    if x < 0:
        raise NegativeError(x)
    return x ** 0.5
results = {}
for v in [4, -1, 9]:
    try:
        results[v] = sqrt(v)
    except ArithmeticError as e:
        results[v] = f"{type(e).__name__}{e.args}"
print(results)
print(NegativeError.__mro__[1:3])
raise NegativeError
