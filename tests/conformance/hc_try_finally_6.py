def g():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    g()
except TypeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
def h():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
try:
    h()
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
g()
