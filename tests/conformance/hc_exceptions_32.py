class NegativeError(ValueError):
    pass
def sqrt(x):
    if x < 0:
        raise NegativeError(x)
    return x ** 0.5
try:
    sqrt(-4)
except ValueError as e:
    print(type(e).__name__, e, e.args, isinstance(e, NegativeError))
try:
    raise NegativeError
except NegativeError as e:
    print(repr(e), e.args)
sqrt(-9)
