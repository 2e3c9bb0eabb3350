# exceptions with __cause__ set manually and __context__ display
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        e2 = TypeError("second")
        e2.__cause__ = KeyError("manual cause")
        raise e2
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
f()
